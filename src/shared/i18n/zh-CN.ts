import { bundleZhCN } from './bundle-zh-CN';
import { filingZhCN } from './filing-zh-CN';
import { filingClosingZhCN } from './filing-closing-zh-CN';
import { portfolioZhCN } from './portfolio-zh-CN';
import { importZhCN } from './import-zh-CN';
import { reportZhCN } from './report-zh-CN';

/**
 * The zh-CN message catalog: the default language and the reference for the set of keys.
 * Keys read `area.thing.state`; placeholders use the i18next form `{{name}}`.
 */
export const zhCN = {
  'app.name.full': '备案工作台',
  'app.user.label': '当前用户：',
  'app.user.unnamed': '未设置显示名称',
  'app.loading.text': '正在打开数据…',
  'app.page.loading': '正在加载页面…',

  'nav.menu.label': '主导航',
  'nav.dashboard.label': '仪表盘',
  'nav.entities.label': '主体',
  'nav.services.label': '服务',
  'nav.filings.label': '备案',
  'nav.reports.label': '报表',
  'nav.settings.label': '设置',

  'common.cancel.button': '取消',
  'common.retry.button': '重试',
  'common.coming.tag': '即将推出',
  'common.error.title': '出错了',
  'common.language.label': '语言',

  'job.progress.label': '进度',
  'job.progress.count': '{{done}} / {{total}}',
  'job.progress.starting': '正在准备…',
  'job.cancel.button': '取消任务',
  'job.cancelled.note': '已取消，没有写入任何文件或数据。',

  'dashboard.data.title': '本地数据',
  'dashboard.settings.link': '打开设置',

  'reports.coming.title': '报表即将推出',
  'reports.coming.body': '报表将随报表功能上线：备案进度、到期提醒，以及可离线导出的中文 PDF。',

  'settings.page.title': '设置',
  'settings.appearance.title': '语言与外观',
  'settings.language.label': '语言',
  'settings.theme.label': '外观',
  'settings.theme.system': '跟随系统',
  'settings.theme.light': '浅色',
  'settings.theme.dark': '深色',
  'settings.saved.toast': '设置已保存',
  'settings.profile.title': '个人信息',
  'settings.userName.label': '显示名称',
  'settings.userName.help': '在修改记录中显示为修改人。',
  'settings.userName.placeholder': '例如：张伟',
  'settings.save.button': '保存',

  'data.section.title': '数据',
  'data.dir.label': '数据目录',
  'data.status.label': '状态',
  'data.status.ready': '正常',
  'data.generation.label': '数据代数',
  'data.journal.label': '日志大小',
  'data.version.label': '应用版本',
  'data.schema.label': '数据格式版本',
  'data.shell.label': '运行方式',
  'data.shell.electron': '桌面应用',
  'data.shell.web': '浏览器模式',
  'data.tornLine.notice': '上次打开时丢弃了一条未写完的记录。它从未被确认保存，因此没有丢失数据。',

  'backup.section.title': '备份',
  'backup.section.help': '备份保存在数据目录的 backups 文件夹中。恢复备份之前总会先为当前数据创建一份安全备份。',
  'backup.create.button': '立即备份',
  'backup.create.done': '已创建备份 {{name}}',
  'backup.table.label': '备份列表',
  'backup.table.name': '文件名',
  'backup.table.time': '时间',
  'backup.table.reason': '原因',
  'backup.table.size': '大小',
  'backup.table.actions': '操作',
  'backup.table.empty': '还没有备份',
  'backup.newest.tag': '最新',
  'backup.reason.manual': '手动备份',
  'backup.reason.beforeRestore': '恢复前的安全备份',
  'backup.reason.beforeMigration': '升级数据格式前',
  'backup.reason.scheduled': '自动备份',
  'backup.restore.button': '恢复',
  'backup.restore.rowLabel': '恢复 {{name}}',
  'backup.restore.confirmTitle': '恢复这个备份？',
  'backup.restore.confirmBody': '当前数据将被备份 {{name}}（{{time}}）中的数据替换。恢复前会先为当前数据自动创建一份安全备份，因此这一步可以撤销。',
  'backup.restore.confirmOk': '恢复',
  'backup.restore.done': '已从备份 {{from}} 恢复。',
  'backup.restore.safety': '恢复前的数据已保存为安全备份 {{safety}}。如需撤销，恢复这个备份即可。',

  'recovery.page.title': '数据文件无法读取',
  'recovery.page.subtitle': '为避免进一步损坏，备案工作台暂停了正常使用。请选择如何继续。',
  'recovery.problem.label': '问题',
  'recovery.problem.unknown': '数据文件无法读取，原因未知。',
  'recovery.movedAside.label': '损坏的文件已移到（未删除）',
  'recovery.dataDir.label': '数据目录',
  'recovery.backups.title': '可用的备份',
  'recovery.backups.none': '没有找到备份。可以以空数据开始；损坏的文件仍保留在上面所示的位置。',
  'recovery.backups.newest': '将恢复的最新备份',
  'recovery.restore.button': '恢复最新备份',
  'recovery.restore.confirmTitle': '恢复最新备份？',
  'recovery.restore.confirmBody': '备案工作台将使用备份 {{name}}（{{time}}）中的数据继续工作。损坏的文件保持在原处不变。',
  'recovery.restore.confirmOk': '恢复',
  'recovery.restore.done': '已从备份 {{name}} 恢复。',
  'recovery.empty.button': '以空数据开始',
  'recovery.empty.confirmTitle': '以空数据开始？',
  'recovery.empty.confirmBody': '将创建一个空的数据文件，之后的工作从零开始。损坏的文件仍保留在 {{path}}，以后可以交给技术人员检查。',
  'recovery.empty.confirmBodyNoPath': '将创建一个空的数据文件，之后的工作从零开始。',
  'recovery.empty.confirmOk': '以空数据开始',
  'recovery.empty.done': '已以空数据开始。',

  'newer.page.title': '数据由更新版本的备案工作台写入',
  'newer.page.body': '数据目录中的数据由更新版本的备案工作台写入。为保护这些数据，没有做任何修改。请将备案工作台更新到最新版本后再打开。',
  'newer.recheck.button': '重新检查',

  'boot.error.title': '备案工作台无法打开数据',

  'form.text.tooLong': '最多 {{max}} 个字符',
  'form.value.invalid': '这个值无效',
  'form.keys.unknown': '包含本应用不认识的字段：{{keys}}',

  'api.service.unreachable': '无法连接本地服务。请确认备案工作台仍在运行（浏览器模式下，启动它的终端窗口没有关闭），然后重试。',
  'api.refused.token': '本地服务拒绝了请求：会话令牌无效。请重新打开备案工作台启动时打印的地址。',
  'api.refused.locked': '数据目录正被另一个备案工作台使用。请关闭另一个窗口后重试。',
  'api.refused.tooLarge': '请求内容过大，本地服务拒绝处理。请减少一次提交的内容后重试。',
  'api.refused.other': '本地服务拒绝了请求（HTTP {{status}}）。请重新启动备案工作台后重试。',
  'api.response.invalid': '本地服务返回了无法识别的应答。请重新启动备案工作台；如果问题仍然存在，请报告这个问题。',

  ...portfolioZhCN,
  ...filingZhCN,
  ...filingClosingZhCN,
  ...reportZhCN,
  ...bundleZhCN,
  ...importZhCN,
} as const satisfies Record<string, string>;

/** Every message key; the en catalog must define exactly these. */
export type MessageKey = keyof typeof zhCN;
