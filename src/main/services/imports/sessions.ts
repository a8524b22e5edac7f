import { randomBytes } from 'node:crypto';
import { text } from '../../../shared/domain/finding';
import type { ImportMapping } from '../../../shared/ipc/import-schemas';
import { ServiceError } from '../service-error';
import type { ParsedSheet } from './parse/sheet';

/** A previewed file waits this long for its confirmation (and each preview restarts the clock). */
export const SESSION_TTL_MS = 30 * 60 * 1000;
/** Parsed files held at once; the oldest goes first. A parsed 10 MB file can take tens of MB. */
const MAX_SESSIONS = 4;

export interface ImportSession {
  id: string;
  fileName: string;
  sheet: ParsedSheet;
  /** The mapping of the last preview: a commit must confirm exactly what was shown. */
  mapping: ImportMapping;
  /** Row numbers that were valid in the last preview, to notice a portfolio that changed since. */
  validRows: string;
  expiresAt: number;
  committing: boolean;
}

export const expired = () =>
  new ServiceError('NOT_FOUND', text('这次导入的预览已过期或已导入（预览只保留 30 分钟）。请重新选择文件。', 'This import preview has expired or was already imported (previews are kept for 30 minutes). Choose the file again.'));

/**
 * Parsed files between preview and commit, in main's memory only: nothing of an import touches the
 * disk before the user confirms it.
 */
export class ImportSessions {
  private readonly sessions = new Map<string, ImportSession>();

  constructor(private readonly now: () => number = Date.now) {}

  create(fileName: string, sheet: ParsedSheet, mapping: ImportMapping): ImportSession {
    this.sweep();
    while (this.sessions.size >= MAX_SESSIONS) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
    const session: ImportSession = { id: `imp-${randomBytes(10).toString('hex')}`, fileName, sheet, mapping, validRows: '', expiresAt: this.now() + SESSION_TTL_MS, committing: false };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string): ImportSession {
    this.sweep();
    const session = this.sessions.get(id);
    if (!session) throw expired();
    session.expiresAt = this.now() + SESSION_TTL_MS;
    return session;
  }

  delete(id: string): void {
    this.sessions.delete(id);
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, s] of this.sessions) if (s.expiresAt < now && !s.committing) this.sessions.delete(id);
  }
}
