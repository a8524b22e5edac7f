export { JobCancelled, JobService, type JobContext, type JobFileOutput, type JobOutput, type JobWork } from './job-service';
export type { FileSaver } from './file-saver';
