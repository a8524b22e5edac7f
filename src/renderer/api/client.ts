import type { Channel, ChannelInput, ChannelOutput, Result } from '../../shared/ipc';
import { failure } from './envelope';
import { defaultTransport, type Transport } from './transports';

let transport: Transport | undefined;

/** Replaces the transport (tests, or a future transport); `undefined` goes back to the default. */
export function setTransport(next: Transport | undefined): void {
  transport = next;
}

function currentTransport(): Transport {
  transport ??= defaultTransport(window);
  return transport;
}

/**
 * The one typed way to reach main. Never throws: every failure, including a bug in a transport,
 * comes back as an error value that says what to do next.
 */
export async function invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  try {
    // The transport checked the Result shape; the data is typed by the contract main answered from.
    return (await currentTransport()(channel, input)) as Result<ChannelOutput<C>>;
  } catch {
    return failure('INTERNAL', 'api.response.invalid');
  }
}
