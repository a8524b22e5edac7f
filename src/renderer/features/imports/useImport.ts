import { useCallback, useState } from 'react';
import { ImportPreview, ImportResult, type IpcError, type ImportMapping, type JobStatus } from '../../../shared/ipc';
import { invalidateAll, invoke, readAsBase64, useJob, type JobRun } from '../../api';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/ipc/uploads';

export interface ImportFlow {
  fileName: string | undefined;
  preview: ImportPreview | undefined;
  result: ImportResult | undefined;
  /** The file was refused before sending (too large). */
  tooLarge: string | undefined;
  previewJob: JobRun;
  commitJob: JobRun;
  /** Starting or running the current step failed: a refused file, an expired preview, a changed portfolio. */
  error: IpcError | undefined;
  choose: (file: File) => Promise<void>;
  remap: (mapping: ImportMapping) => Promise<void>;
  confirm: () => Promise<void>;
  reset: () => void;
}

const failure = (job: JobRun): IpcError | undefined => job.error ?? (job.status?.state === 'failed' ? job.status.error : undefined);

/**
 * The import as the user goes through it: choose a file (preview job: parsed in the worker, checked
 * in main), change the mapping (the same preview re-checked), confirm (commit job: backup, then one
 * transaction), see the result. Nothing is written before confirm.
 */
export function useImport(): ImportFlow {
  const previewJob = useJob();
  const commitJob = useJob();
  const [fileName, setFileName] = useState<string>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [result, setResult] = useState<ImportResult>();
  const [tooLarge, setTooLarge] = useState<string>();
  const { start: startPreview, reset: resetPreview } = previewJob;
  const { start: startCommit, reset: resetCommit } = commitJob;

  const take = useCallback((status: JobStatus | undefined) => {
    const parsed = status?.state === 'done' ? ImportPreview.safeParse(status.value) : undefined;
    if (parsed?.success) setPreview(parsed.data);
  }, []);

  const choose = useCallback(
    async (file: File) => {
      setResult(undefined);
      setPreview(undefined);
      resetCommit();
      setFileName(file.name);
      if (file.size > MAX_IMPORT_FILE_BYTES) {
        setTooLarge(file.name);
        return;
      }
      setTooLarge(undefined);
      const base64 = await readAsBase64(file);
      take(await startPreview(() => invoke('import:preview', { fileName: file.name, base64 })));
    },
    [startPreview, resetCommit, take],
  );

  const remap = useCallback(
    async (mapping: ImportMapping) => {
      if (!preview) return;
      resetCommit();
      take(await startPreview(() => invoke('import:preview', { importId: preview.importId, mapping })));
    },
    [preview, startPreview, resetCommit, take],
  );

  const confirm = useCallback(async () => {
    if (!preview) return;
    const status = await startCommit(() => invoke('import:commit', { importId: preview.importId, mapping: preview.mapping }));
    const parsed = status?.state === 'done' ? ImportResult.safeParse(status.value) : undefined;
    if (parsed?.success) {
      setResult(parsed.data);
      setPreview(undefined);
      // Every list and the dashboard read again: they now hold the imported clients.
      invalidateAll();
    }
  }, [preview, startCommit]);

  const reset = useCallback(() => {
    setFileName(undefined);
    setPreview(undefined);
    setResult(undefined);
    setTooLarge(undefined);
    resetPreview();
    resetCommit();
  }, [resetPreview, resetCommit]);

  return { fileName, preview, result, tooLarge, previewJob, commitJob, error: failure(commitJob) ?? failure(previewJob), choose, remap, confirm, reset };
}
