import { useCallback, useRef, useState } from 'react';
import type { FilingStep } from '../../../../shared/domain';
import type { ChannelInput, FilingDetail, FilingSaveStepResult, IpcError, Result } from '../../../../shared/ipc';
import { invoke } from '../../../api';

/** One step's draft to save. */
export interface StepSave {
  step: FilingStep;
  data: unknown;
}

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface FilingSaver {
  detail: FilingDetail;
  status: SaveStatus;
  /** When the last save landed (ms), for "saved at". */
  savedAt: number | undefined;
  /** The last failed save or acknowledgement. */
  error: IpcError | undefined;
  /**
   * Saves steps in order, each with the order's latest updatedAt; the last one with `validate`,
   * the ones before it as typed. Resolves with the last answer (or the first failure).
   */
  save: (saves: readonly StepSave[], validate: boolean) => Promise<Result<FilingSaveStepResult>>;
  acknowledge: (key: string, acknowledged: boolean) => Promise<Result<FilingDetail>>;
  /** A newer detail from elsewhere (an event recorded): later saves start from it. */
  replace: (detail: FilingDetail) => void;
  /** The newest detail, also between renders. */
  latest: () => FilingDetail;
}

/**
 * Every change to one order goes through here, one at a time: autosave, Next, Back, acknowledging
 * a warning. Each call carries the updatedAt of the answer before it (`expectedUpdatedAt`), so two
 * saves of this screen never trip over each other, while a save made elsewhere meanwhile is still
 * reported as a CONFLICT rather than overwritten.
 */
export function useFilingSaver(opened: FilingDetail): FilingSaver {
  const [detail, setDetail] = useState(opened);
  const current = useRef(opened);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [savedAt, setSavedAt] = useState<number>();
  const [error, setError] = useState<IpcError>();

  const take = useCallback((next: FilingDetail) => {
    current.current = next;
    setDetail(next);
  }, []);

  const enqueue = useCallback(<T>(work: () => Promise<Result<T>>): Promise<Result<T>> => {
    pending.current++;
    setStatus('saving');
    const run = async (): Promise<Result<T>> => {
      const result = await work();
      pending.current--;
      if (result.ok) {
        setError(undefined);
        setSavedAt(Date.now());
        if (pending.current === 0) setStatus('saved');
      } else {
        setError(result.error);
        setStatus('error');
      }
      return result;
    };
    const next = queue.current.then(run, run);
    queue.current = next;
    return next;
  }, []);

  const save = useCallback(
    (saves: readonly StepSave[], validate: boolean) =>
      enqueue(async () => {
        let last: Result<FilingSaveStepResult> | undefined;
        for (const [i, { step, data }] of saves.entries()) {
          const { filing } = current.current;
          const input = { id: filing.id, step, data, validate: validate && i === saves.length - 1, expectedUpdatedAt: filing.updatedAt } as ChannelInput<'filing:save-step'>;
          last = await invoke('filing:save-step', input);
          if (!last.ok) return last;
          take(last.data.detail);
        }
        return last ?? { ok: true as const, data: { detail: current.current, stepIssues: [] } };
      }),
    [enqueue, take],
  );

  const acknowledge = useCallback(
    (key: string, acknowledged: boolean) =>
      enqueue(async () => {
        const id = current.current.filing.id;
        const result = await invoke('filing:acknowledge', acknowledged ? { id, codes: [key] } : { id, codes: [], unacknowledge: [key] });
        if (result.ok) take(result.data);
        return result;
      }),
    [enqueue, take],
  );

  const latest = useCallback(() => current.current, []);
  return { detail, status, savedAt, error, save, acknowledge, replace: take, latest };
}
