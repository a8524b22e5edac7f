import { z } from 'zod';
import { Access } from '../domain/model/access';
import {
  AccessSaveInput,
  ArchiveResult,
  DashboardData,
  EntityCreateInput,
  EntityDetail,
  EntityListResult,
  EntityQuery,
  EntityUpdateInput,
  IdInput,
  IdResult,
  PersonCreateInput,
  PersonDetail,
  PersonListResult,
  PersonQuery,
  PersonUpdateInput,
  RecordExistingInput,
  RecordExistingResult,
  ServiceCreateInput,
  ServiceDetail,
  ServiceListResult,
  ServiceQuery,
  ServiceUpdateInput,
  UnarchiveResult,
} from './portfolio-schemas';
import {
  DetermineInput,
  Determination,
  FilingAcknowledgeInput,
  FilingCreateInput,
  FilingDetail,
  FilingListResult,
  FilingQuery,
  FilingRecordEventInput,
  FilingSaveStepInput,
  FilingSaveStepResult,
} from './filing-schemas';
import { BundleImportInput, BundlePlan, BundlePlanInput, BundlePreviewInput } from './bundle-schemas';
import { ImportCommitInput, ImportPreviewInput, ImportTemplateInput } from './import-schemas';
import { JobFile, JobIdInput, JobSaveResult, JobStarted, JobStatus } from './job-schemas';
import { ReportExportInput } from './report-schemas';
import { AppInfo, BackupInfo, BackupName, DataStatus, NoInput, RestoreResult, Settings, SettingsPatch } from './schemas';

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/**
 * The IPC contract as data (architecture §2): every channel's input and output schema. Main
 * validates input against it; types on both sides are inferred from it and never declared twice.
 */
export const contract = {
  'app:get-info': channel(NoInput, AppInfo),
  'data:get-status': channel(NoInput, DataStatus),
  /** From the recovery screen: give up on the damaged files (they stay moved aside) and start empty. */
  'data:start-empty': channel(NoInput, DataStatus),
  'settings:get': channel(NoInput, Settings),
  'settings:update': channel(SettingsPatch, Settings),
  'backup:list': channel(NoInput, z.array(BackupInfo)),
  'backup:create': channel(NoInput, BackupInfo),
  'backup:restore': channel(z.object({ name: BackupName }).strict(), RestoreResult),
  // The portfolio (issue #4): every list answers a page; archive before delete; updates carry the
  // updatedAt the form was loaded with and answer CONFLICT when someone saved meanwhile.
  'entity:list': channel(EntityQuery, EntityListResult),
  'entity:get': channel(IdInput, EntityDetail),
  'entity:create': channel(EntityCreateInput, IdResult),
  'entity:update': channel(EntityUpdateInput, EntityDetail),
  'entity:archive': channel(IdInput, ArchiveResult),
  'entity:unarchive': channel(IdInput, UnarchiveResult),
  /** Only from the archive; removes its services and accesses too. */
  'entity:delete': channel(IdInput, IdResult),
  'person:list': channel(PersonQuery, PersonListResult),
  'person:get': channel(IdInput, PersonDetail),
  'person:create': channel(PersonCreateInput, IdResult),
  'person:update': channel(PersonUpdateInput, PersonDetail),
  'person:archive': channel(IdInput, ArchiveResult),
  'person:unarchive': channel(IdInput, IdResult),
  /** Only from the archive, and only when no entity, service or open order names the person (CONFLICT with error.ref). */
  'person:delete': channel(IdInput, IdResult),
  'service:list': channel(ServiceQuery, ServiceListResult),
  'service:get': channel(IdInput, ServiceDetail),
  'service:create': channel(ServiceCreateInput, IdResult),
  'service:update': channel(ServiceUpdateInput, ServiceDetail),
  'service:archive': channel(IdInput, ArchiveResult),
  'service:unarchive': channel(IdInput, UnarchiveResult),
  'service:delete': channel(IdInput, IdResult),
  'access:save': channel(AccessSaveInput, Access),
  /** Marks the link removed (取消接入 recorded); the record stays for the history. */
  'access:remove': channel(IdInput, IdResult),
  'portfolio:record-existing': channel(RecordExistingInput, RecordExistingResult),
  'dashboard:get': channel(NoInput, DashboardData),
  // Filings (issue #5; /tmp/plan/filing-contract.md): the operation is determined, not picked; one
  // open order per entity; approval writes the portfolio in the same transaction as the filing.
  'filing:determine': channel(DetermineInput, Determination),
  /** CONFLICT with error.ref = the open filing when the entity already has one (A23, H1, T4). */
  'filing:create': channel(FilingCreateInput, FilingDetail),
  'filing:list': channel(FilingQuery, FilingListResult),
  'filing:get': channel(IdInput, FilingDetail),
  /** Always saves the step; with validate=true also answers its issues. */
  'filing:save-step': channel(FilingSaveStepInput, FilingSaveStepResult),
  'filing:acknowledge': channel(FilingAcknowledgeInput, FilingDetail),
  'filing:record-event': channel(FilingRecordEventInput, FilingDetail),
  /** Only a draft or an abandoned order. */
  'filing:delete-draft': channel(IdInput, IdResult),
  // Reports (issue #6, exports): lists as XLSX/CSV with the list filters, deadlines as .ics, PDFs.
  /** Starts an export job; its file (a suggested name, MIME type, rows) is saved or downloaded through the job channels. */
  'report:export': channel(ReportExportInput, JobStarted),
  // Long work (issue #6 point 7; job-schemas.ts): a starting channel answers { jobId }, then these.
  'job:get': channel(JobIdInput, JobStatus),
  /** Stops a running job; its output, if any, is dropped — nothing was written to disk. */
  'job:cancel': channel(JobIdInput, JobStatus),
  /** The file a finished job made, as base64 for the browser's download; the job is forgotten. */
  'job:take-file': channel(JobIdInput, JobFile),
  /** Desktop app: the native save dialog, then a durable write. Browser mode answers VALIDATION. */
  'job:save-file': channel(JobIdInput, JobSaveResult),
  // Import of known clients from XLSX/CSV (issue #6 point 3; import-schemas.ts): each starts a job.
  /** A file (or a new mapping of a previewed one) checked row by row; the job's value is an ImportPreview. Writes nothing. */
  'import:preview': channel(ImportPreviewInput, JobStarted),
  /** Backup, then every valid row of the preview in one transaction; the job's value is an ImportResult. */
  'import:commit': channel(ImportCommitInput, JobStarted),
  /** The template (headers in the language, one example row; XLSX with a sheet explaining each column). */
  'import:template': channel(ImportTemplateInput, JobStarted),
  // Backup bundles (issue #6 point 6; bundle-schemas.ts): each starts a job. The preview's value is a
  // BundlePreview, the import's a BundleImportResult.
  'bundle:export': channel(NoInput, JobStarted),
  'bundle:preview': channel(BundlePreviewInput, JobStarted),
  /** A previewed bundle's merge planned again with the resolutions chosen so far: its counts follow them. */
  'bundle:plan': channel(BundlePlanInput, BundlePlan),
  'bundle:import': channel(BundleImportInput, JobStarted),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];
export const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);
