import { text } from '../../../shared/domain/finding';
import type { Issue } from '../../../shared/ipc/result';
import { ServiceError } from '../service-error';

/**
 * Why a bundle is refused, in both languages, each saying what to do next. Every refusal happens
 * before anything is written, so each one also says that nothing was changed.
 */
const unchanged = { zh: '当前数据没有任何更改。', en: 'Your data was not changed.' };

const refuse = (zh: string, en: string, issues?: Issue[]) => new ServiceError('VALIDATION', text(`${zh}${unchanged.zh}`, `${en} ${unchanged.en}`), issues);

export const bundleErrors = {
  notABundle: () =>
    refuse('这个文件不是备案工作台的数据包（.icpdesk）。请选择从“设置 → 数据包”导出的文件。', 'This file is not an ICP Desk data bundle (.icpdesk). Choose a file exported from Settings → Data bundle.'),
  truncated: () =>
    refuse('数据包不完整（文件可能在复制或下载时被截断）。请重新导出或重新复制这个文件。', 'The bundle is incomplete (the file may have been cut short while copying or downloading). Export or copy it again.'),
  damaged: (detail: string) =>
    refuse(`数据包已损坏（${detail}）。请重新导出这个文件。`, `The bundle is damaged (${detail}). Export it again.`),
  tooLarge: (limitMb: number) =>
    refuse(
      `数据包解压后超过允许的大小（${limitMb} MB），可能不是正常导出的文件。请确认文件来源，或重新导出。`,
      `The bundle expands to more than allowed (${limitMb} MB) and is probably not a normal export. Check where the file came from, or export it again.`,
    ),
  newerFormat: (found: number) =>
    refuse(
      `这个数据包使用了更新的格式（第 ${found} 版），本程序无法读取。请先升级备案工作台。`,
      `This bundle uses a newer format (version ${found}) that this app cannot read. Update ICP Desk first.`,
    ),
  newerData: (found: number, known: number) =>
    refuse(
      `这个数据包来自更新版本的备案工作台（数据版本 ${found}，本程序只支持到 ${known}）。请先升级备案工作台再导入。`,
      `This bundle comes from a newer ICP Desk (data version ${found}; this app knows up to ${known}). Update ICP Desk, then import it.`,
    ),
  invalidRecords: (issues: Issue[]) =>
    refuse(
      '数据包中有记录未通过检查（可能被手工修改过或已损坏）。请从原来的工作站重新导出。',
      'Some records in the bundle do not pass the checks (it may have been edited by hand or damaged). Export it again from the original workstation.',
      issues,
    ),
  expired: () =>
    new ServiceError(
      'NOT_FOUND',
      text('这个数据包的预览已过期或已被使用。请重新选择文件。', 'This bundle preview has expired or was already used. Choose the file again.'),
    ),
  unknownResolution: (id: string) =>
    new ServiceError('VALIDATION', text(`冲突 ${id} 不在预览中。请重新预览后再导入。`, `Conflict ${id} is not in the preview. Preview the bundle again, then import.`)),
};
