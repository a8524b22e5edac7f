import { z } from 'zod';
import { LocalizedText } from '../domain/finding';

/** Inputs of channels that take nothing: an empty object, so every channel has one shape. */
export const NoInput = z.object({}).strict();

export const Language = z.enum(['zh-CN', 'en']);
export type Language = z.infer<typeof Language>;
export const Theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof Theme>;

export const Settings = z.object({
  language: Language,
  theme: Theme,
  /** Shown in history entries as who made a change. */
  userName: z.string().trim().max(60),
});
export type Settings = z.infer<typeof Settings>;
export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  /** 'electron' for the desktop app, 'web' for browser mode. */
  shell: z.enum(['electron', 'web']),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/**
 * What the data directory is doing. `ready` is the normal case; `recovery` means the data files
 * could not be read and were moved aside (the renderer shows the recovery screen); `newer-version`
 * means the data was written by a newer ICP Desk and is left untouched.
 */
export const DataStatus = z.object({
  mode: z.enum(['ready', 'recovery', 'newer-version']),
  dataDir: z.string(),
  problem: LocalizedText.optional(),
  /** Where damaged files were moved, when mode is `recovery`. */
  movedAsideTo: z.string().optional(),
  /** A torn last journal line that was dropped on open (never acknowledged, so nothing is lost). */
  droppedTornLine: z.boolean(),
  generation: z.number().int(),
  journalBytes: z.number().int(),
});
export type DataStatus = z.infer<typeof DataStatus>;

/** A backup file name as the store writes it; anything else (paths, `..`) is refused. */
export const BackupName = z.string().regex(/^icp-desk-[0-9]{8}-[0-9]{6}-[0-9]{3}-[a-z-]+\.json$/);
export const BackupInfo = z.object({
  name: BackupName,
  createdAt: z.string(),
  reason: z.string(),
  bytes: z.number().int(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const RestoreResult = z.object({
  restoredFrom: BackupName,
  /** The state just before the restore, kept so the restore itself can be undone. */
  safetyBackup: BackupName.optional(),
});
export type RestoreResult = z.infer<typeof RestoreResult>;
