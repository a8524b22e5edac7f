import { useCallback, useEffect, useRef, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput, IpcError } from '../../shared/ipc';
import { invoke } from './client';
import { onInvalidate } from './invalidation';

export interface ChannelQuery<T> {
  data: T | undefined;
  error: IpcError | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Reads a channel when mounted and whenever its input changes (compared by value, so an inline
 * `{}` does not loop). Keeps the previous data while reloading, so lists don't flash empty, and
 * ignores answers that arrive after a newer request.
 */
export function useChannel<C extends Channel>(channel: C, input: ChannelInput<C>, options: { enabled?: boolean } = {}): ChannelQuery<ChannelOutput<C>> {
  const enabled = options.enabled ?? true;
  const inputKey = JSON.stringify(input);
  const [data, setData] = useState<ChannelOutput<C>>();
  const [error, setError] = useState<IpcError>();
  const [loading, setLoading] = useState(enabled);
  const [round, setRound] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    if (!enabled) return undefined;
    const request = ++latest.current;
    setLoading(true);
    void invoke(channel, JSON.parse(inputKey) as ChannelInput<C>).then((result) => {
      if (request !== latest.current) return;
      if (result.ok) {
        setData(result.data);
        setError(undefined);
      } else {
        setError(result.error);
      }
      setLoading(false);
    });
    return () => {
      // A request still in flight when the input changes or the screen goes away is ignored.
      if (latest.current === request) latest.current++;
    };
  }, [channel, inputKey, enabled, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  useEffect(() => onInvalidate(reload), [reload]);

  return { data, error, loading, reload };
}
