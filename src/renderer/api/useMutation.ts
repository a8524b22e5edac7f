import { useCallback, useEffect, useRef, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput, IpcError, Result } from '../../shared/ipc';
import { invoke } from './client';

export interface ChannelMutation<C extends Channel> {
  /** Runs the call; the Result is also returned so the caller can react to this very call. */
  run: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
  loading: boolean;
  error: IpcError | undefined;
  reset: () => void;
}

/** A call that changes something, started by the user (save, back up, restore). */
export function useMutation<C extends Channel>(channel: C): ChannelMutation<C> {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<IpcError>();
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (input: ChannelInput<C>) => {
      setLoading(true);
      setError(undefined);
      const result = await invoke(channel, input);
      if (mounted.current) {
        setLoading(false);
        if (!result.ok) setError(result.error);
      }
      return result;
    },
    [channel],
  );
  const reset = useCallback(() => setError(undefined), []);
  return { run, loading, error, reset };
}
