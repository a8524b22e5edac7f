import { useCallback, useEffect, useRef, useState } from 'react';
import type { IpcError, JobStarted, JobStatus, Result } from '../../shared/ipc';
import { invoke } from './client';

/** How often a running job is asked for its progress. */
const POLL_MS = 250;

export interface JobRun {
  /** The latest status of the current (or last) job. */
  status: JobStatus | undefined;
  running: boolean;
  /** The start call failed, or asking for the status did (the job's own failure is status.error). */
  error: IpcError | undefined;
  /** Starts a job through its feature's channel and resolves with its final status. */
  start: (startCall: () => Promise<Result<JobStarted>>) => Promise<JobStatus | undefined>;
  cancel: () => Promise<void>;
  reset: () => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Long work started by the user (exports, imports, bundles; job-schemas.ts): starts the job, polls
 * `job:get` until it ends, and cancels it when asked — or when the screen that started it goes away,
 * so nothing keeps working for a screen nobody sees.
 */
export function useJob(): JobRun {
  const [status, setStatus] = useState<JobStatus>();
  const [error, setError] = useState<IpcError>();
  const [running, setRunning] = useState(false);
  const current = useRef<string | undefined>(undefined);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      const id = current.current;
      if (id) void invoke('job:cancel', { id });
    };
  }, []);

  const start = useCallback(async (startCall: () => Promise<Result<JobStarted>>) => {
    setError(undefined);
    setStatus(undefined);
    setRunning(true);
    const started = await startCall();
    if (!started.ok) {
      if (mounted.current) {
        setError(started.error);
        setRunning(false);
      }
      return undefined;
    }
    const id = started.data.jobId;
    current.current = id;
    let last: JobStatus | undefined;
    for (;;) {
      const polled = await invoke('job:get', { id });
      if (!mounted.current) return undefined;
      if (!polled.ok) {
        setError(polled.error);
        break;
      }
      last = polled.data;
      setStatus(last);
      if (last.state !== 'running') break;
      await sleep(POLL_MS);
    }
    if (current.current === id) current.current = undefined;
    if (mounted.current) setRunning(false);
    return last;
  }, []);

  const cancel = useCallback(async () => {
    const id = current.current;
    if (!id) return;
    const result = await invoke('job:cancel', { id });
    if (mounted.current && result.ok) setStatus(result.data);
  }, []);

  const reset = useCallback(() => {
    setStatus(undefined);
    setError(undefined);
  }, []);

  return { status, running, error, start, cancel, reset };
}
