import { bundleEn } from './bundle-en';
import { filingEn } from './filing-en';
import { filingClosingEn } from './filing-closing-en';
import { portfolioEn } from './portfolio-en';
import type { MessageKey } from './zh-CN';
import { importEn } from './import-en';
import { reportEn } from './report-en';

/**
 * The English catalog. Typed as exactly the zh-CN keys: a missing key fails the type check, and an
 * extra one is an excess property in this literal.
 */
export const en: Record<MessageKey, string> = {
  'app.name.full': 'ICP Desk',
  'app.user.label': 'Current user:',
  'app.user.unnamed': 'No display name set',
  'app.loading.text': 'Opening data…',
  'app.page.loading': 'Loading page…',

  'nav.menu.label': 'Main navigation',
  'nav.dashboard.label': 'Dashboard',
  'nav.entities.label': 'Entities',
  'nav.services.label': 'Services',
  'nav.filings.label': 'Filings',
  'nav.reports.label': 'Reports',
  'nav.settings.label': 'Settings',

  'common.cancel.button': 'Cancel',
  'job.progress.label': 'Progress',
  'job.progress.count': '{{done}} of {{total}}',
  'job.progress.starting': 'Getting ready…',
  'job.cancel.button': 'Cancel job',
  'job.cancelled.note': 'Cancelled: no file or data was written.',
  'common.retry.button': 'Try again',
  'common.coming.tag': 'Coming soon',
  'common.error.title': 'Something went wrong',
  'common.language.label': 'Language',

  'dashboard.data.title': 'Local data',
  'dashboard.settings.link': 'Open settings',

  'reports.coming.title': 'Reports are coming',
  'reports.coming.body': 'Reports arrive with the reports feature: filing progress, due-date reminders and Chinese PDF export that works offline.',

  'settings.page.title': 'Settings',
  'settings.appearance.title': 'Language and appearance',
  'settings.language.label': 'Language',
  'settings.theme.label': 'Theme',
  'settings.theme.system': 'System',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.saved.toast': 'Settings saved',
  'settings.profile.title': 'Profile',
  'settings.userName.label': 'Display name',
  'settings.userName.help': 'Shown in the change history as who made a change.',
  'settings.userName.placeholder': 'e.g. Zhang Wei',
  'settings.save.button': 'Save',

  'data.section.title': 'Data',
  'data.dir.label': 'Data directory',
  'data.status.label': 'Status',
  'data.status.ready': 'OK',
  'data.generation.label': 'Generation',
  'data.journal.label': 'Journal size',
  'data.version.label': 'App version',
  'data.schema.label': 'Data format version',
  'data.shell.label': 'Runs as',
  'data.shell.electron': 'Desktop app',
  'data.shell.web': 'Browser mode',
  'data.tornLine.notice': 'An unfinished last write was dropped when the data was opened. It was never confirmed as saved, so nothing is lost.',

  'backup.section.title': 'Backups',
  'backup.section.help': 'Backups are kept in the backups folder of the data directory. Before a backup is restored, a safety backup of the current data is always taken.',
  'backup.create.button': 'Create backup now',
  'backup.create.done': 'Backup {{name}} created',
  'backup.table.label': 'Backups',
  'backup.table.name': 'Name',
  'backup.table.time': 'Time',
  'backup.table.reason': 'Reason',
  'backup.table.size': 'Size',
  'backup.table.actions': 'Actions',
  'backup.table.empty': 'No backups yet',
  'backup.newest.tag': 'Newest',
  'backup.reason.manual': 'Manual',
  'backup.reason.beforeRestore': 'Safety backup before a restore',
  'backup.reason.beforeMigration': 'Before a data format upgrade',
  'backup.reason.scheduled': 'Automatic',
  'backup.restore.button': 'Restore',
  'backup.restore.rowLabel': 'Restore {{name}}',
  'backup.restore.confirmTitle': 'Restore this backup?',
  'backup.restore.confirmBody':
    'The current data will be replaced by the data in backup {{name}} ({{time}}). A safety backup of the current data is taken first, so this can be undone.',
  'backup.restore.confirmOk': 'Restore',
  'backup.restore.done': 'Restored from backup {{from}}.',
  'backup.restore.safety': 'The data from before the restore was saved as safety backup {{safety}}. To undo, restore that backup.',

  'recovery.page.title': 'The data file could not be read',
  'recovery.page.subtitle': 'To avoid further damage, ICP Desk has paused normal work. Choose how to continue.',
  'recovery.problem.label': 'Problem',
  'recovery.problem.unknown': 'The data file could not be read; the cause is unknown.',
  'recovery.movedAside.label': 'Damaged files moved to (not deleted)',
  'recovery.dataDir.label': 'Data directory',
  'recovery.backups.title': 'Available backups',
  'recovery.backups.none': 'No backup was found. You can start with empty data; the damaged files stay where they were moved, shown above.',
  'recovery.backups.newest': 'Newest backup, the one to restore',
  'recovery.restore.button': 'Restore newest backup',
  'recovery.restore.confirmTitle': 'Restore the newest backup?',
  'recovery.restore.confirmBody': 'ICP Desk will continue with the data in backup {{name}} ({{time}}). The damaged files stay where they were moved.',
  'recovery.restore.confirmOk': 'Restore',
  'recovery.restore.done': 'Restored from backup {{name}}.',
  'recovery.empty.button': 'Start with empty data',
  'recovery.empty.confirmTitle': 'Start with empty data?',
  'recovery.empty.confirmBody':
    'An empty data file will be created and work starts from scratch. The damaged files stay in {{path}}, so someone technical can still examine them later.',
  'recovery.empty.confirmBodyNoPath': 'An empty data file will be created and work starts from scratch.',
  'recovery.empty.confirmOk': 'Start empty',
  'recovery.empty.done': 'Started with empty data.',

  'newer.page.title': 'This data was written by a newer ICP Desk',
  'newer.page.body': 'The data in the data directory was written by a newer version of ICP Desk. To protect it, nothing was changed. Update ICP Desk to the latest version, then open it again.',
  'newer.recheck.button': 'Check again',

  'boot.error.title': 'ICP Desk could not open its data',

  'form.text.tooLong': 'At most {{max}} characters',
  'form.value.invalid': 'This value is not valid',
  'form.keys.unknown': 'Contains fields this app does not know: {{keys}}',

  'api.service.unreachable':
    'The local ICP Desk service is not reachable. Check that ICP Desk is still running (in browser mode: the terminal window that started it is still open), then try again.',
  'api.refused.token': 'The local service refused the request: the session token is not valid. Open the address ICP Desk printed when it started again.',
  'api.refused.locked': 'The data directory is in use by another ICP Desk. Close the other window and try again.',
  'api.refused.tooLarge': 'The request is too large for the local service. Send less at once and try again.',
  'api.refused.other': 'The local service refused the request (HTTP {{status}}). Restart ICP Desk and try again.',
  'api.response.invalid': 'The local service sent an answer ICP Desk could not read. Restart ICP Desk; if it keeps happening, report it.',

  ...portfolioEn,
  ...filingEn,
  ...filingClosingEn,
  ...reportEn,
  ...bundleEn,
  ...importEn,
};
