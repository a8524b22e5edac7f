import { useCallback, useState } from 'react';
import type { Language } from '../../../shared/ipc';
import { deliverJobFile, invoke, useJob, type Delivery } from '../../api';
import { useAppState } from '../../app/useAppState';

/** The template download: a job (import:template), then the save dialog or the browser's download. */
export function useTemplate() {
  const job = useJob();
  const { start } = job;
  const { boot } = useAppState();
  const shell = boot.phase === 'ready' ? boot.info.shell : 'web';
  const [delivery, setDelivery] = useState<Delivery>();
  const download = useCallback(
    async (format: 'xlsx' | 'csv', language: Language) => {
      setDelivery(undefined);
      const status = await start(() => invoke('import:template', { format, language }));
      if (status?.state === 'done' && status.file) setDelivery(await deliverJobFile(status.id, status.file.fileName, shell));
    },
    [start, shell],
  );
  return { job, delivery, download };
}
