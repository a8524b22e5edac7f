import { useCallback, useState } from 'react';
import type { IpcError, JobStatus, ReportExportInput } from '../../../shared/ipc';
import { deliverJobFile, invoke, useJob, type Delivery } from '../../api';
import { useAppState } from '../../app/useAppState';

export interface ExportRun {
  /** The export job's latest status (progress while running; file, error or cancelled after). */
  status: JobStatus | undefined;
  running: boolean;
  /** Starting or following the job failed (the job's own failure is status.error). */
  error: IpcError | undefined;
  /** What happened to the finished file: saved (with its path on the desktop), downloaded, or the dialog was cancelled. */
  delivery: Delivery | undefined;
  /** Starts an export; the file is handed over (save dialog or download) as soon as it is made. */
  run: (input: ReportExportInput) => Promise<void>;
  cancel: () => Promise<void>;
  /** After a cancelled save dialog: asks where to save the same file again (the job kept it). */
  saveAgain: () => Promise<void>;
}

/**
 * One export as a job (report:export): progress and cancel through useJob, then the file through
 * deliverJobFile — the desktop save dialog or the browser's download. Shared by the Reports page's
 * cards and the list pages' ExportButton so both behave the same.
 */
export function useExport(): ExportRun {
  const job = useJob();
  const { start } = job;
  const { boot } = useAppState();
  const shell = boot.phase === 'ready' ? boot.info.shell : 'web';
  const [delivery, setDelivery] = useState<Delivery>();

  const deliver = useCallback(
    async (status: JobStatus | undefined) => {
      if (status?.state !== 'done' || !status.file) return;
      setDelivery(await deliverJobFile(status.id, status.file.fileName, shell));
    },
    [shell],
  );

  const run = useCallback(
    async (input: ReportExportInput) => {
      setDelivery(undefined);
      await deliver(await start(() => invoke('report:export', input)));
    },
    [start, deliver],
  );

  const saveAgain = useCallback(() => deliver(job.status), [job.status, deliver]);

  return { status: job.status, running: job.running, error: job.error, delivery, run, cancel: job.cancel, saveAgain };
}
