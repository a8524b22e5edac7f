import { text, type LocalizedText } from '../../shared/domain/finding';

export type StoreErrorKind = 'LOCKED' | 'CORRUPT' | 'NEWER_VERSION' | 'IO' | 'VALIDATION' | 'NOT_FOUND';

/** A field-level problem of a record that failed its schema; `path` is the zod path inside the record. */
export interface StoreIssue {
  path: (string | number)[];
  message: string;
  /** Which record it was, so a multi-record transaction can still be traced. */
  collection?: string;
  id?: string;
}

export interface StoreErrorOptions {
  movedAsideTo?: string;
  issues?: StoreIssue[];
  /** Technical detail for logs (file names, errno); never shown as the user message. */
  detail?: string;
  cause?: unknown;
}

/**
 * The one error type the store throws for conditions a user or the recovery screen must act on.
 * `userMessage` is bilingual and says what to do next (architecture §10); `message` carries the
 * English text plus technical detail for logs.
 */
export class StoreError extends Error {
  readonly kind: StoreErrorKind;
  readonly userMessage: LocalizedText;
  readonly movedAsideTo?: string;
  readonly issues?: StoreIssue[];

  constructor(kind: StoreErrorKind, userMessage: LocalizedText, options: StoreErrorOptions = {}) {
    super(options.detail ? `${userMessage.en} (${options.detail})` : userMessage.en, { cause: options.cause });
    this.name = 'StoreError';
    this.kind = kind;
    this.userMessage = userMessage;
    if (options.movedAsideTo !== undefined) this.movedAsideTo = options.movedAsideTo;
    if (options.issues !== undefined) this.issues = options.issues;
  }
}

export const errnoOf = (error: unknown): string | undefined => {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
};

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Turns a failed file operation into advice. The errno decides the advice because that is what
 * the user can act on: a full disk needs space, a read-only disk needs another folder.
 */
export function ioError(action: LocalizedText, error: unknown): StoreError {
  const code = errnoOf(error);
  let advice: LocalizedText;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      advice = text('磁盘空间不足。请释放一些磁盘空间后重试。', 'The disk is full. Free some disk space, then try again.');
      break;
    case 'EROFS':
      advice = text('数据所在的磁盘是只读的。请把数据目录放到可写的位置（或使用 --data-dir 指定），然后重新打开。', 'The data folder is on a read-only disk. Move it to a writable location (or choose one with --data-dir), then reopen the app.');
      break;
    case 'EACCES':
    case 'EPERM':
      advice = text('没有写入数据目录的权限。请检查该文件夹的权限，或关闭占用它的其他程序后重试。', 'There is no permission to write to the data folder. Check its permissions or close other programs using it, then try again.');
      break;
    case 'EIO':
      advice = text('磁盘读写出错。请检查磁盘是否正常（或换一个磁盘），然后重启应用。', 'The disk reported a read/write error. Check the disk (or use another one), then restart the app.');
      break;
    default:
      advice = text('文件操作失败。请重试；如果问题持续，请重启应用。', 'A file operation failed. Try again; if it keeps failing, restart the app.');
  }
  return new StoreError('IO', text(`${action['zh-CN']}：${advice['zh-CN']}`, `${action.en}: ${advice.en}`), {
    detail: `${code ?? 'error'}: ${describe(error)}`,
    cause: error,
  });
}

export const messages = {
  commitFailed: text('保存失败，刚才的修改没有保存', 'Saving failed and the last change was not kept'),
  openFailed: text('打开数据失败', 'Opening the data failed'),
  compactionFailed: text('整理数据文件失败', 'Tidying the data files failed'),
  backupFailed: text('备份失败', 'The backup failed'),
  restoreFailed: text('恢复备份失败', 'Restoring the backup failed'),
  lockFailed: text('无法锁定数据目录', 'The data folder could not be locked'),
  unlockFailed: text('无法解除数据目录的锁定（下次启动时会自动接管）', 'The data folder could not be unlocked (the next start takes the lock over)'),
  closed: text('数据存储已关闭。请重新启动应用。', 'The data store is closed. Restart the app.'),
} as const;
