import type { JobSaveResult } from '../../../shared/ipc/job-schemas';
import type { JobFileOutput } from './job-service';

/**
 * Saves a file a job made where the user chooses: the desktop shell asks with the native save dialog
 * (src/main/save-dialog.ts); browser mode has none and downloads through `job:take-file` instead.
 */
export type FileSaver = (file: JobFileOutput) => Promise<JobSaveResult>;
