import type { z } from 'zod';
import { text } from '../../shared/domain/finding';
import { zodIssueText } from '../../shared/i18n/zod-issue';
import { contract, isChannel, type Channel, type ChannelOutput, type ChannelParsedInput } from '../../shared/ipc/contract';
import type { IpcError, Issue, Result } from '../../shared/ipc/result';
import type { Language } from '../../shared/ipc/schemas';
import { toIpcError } from './errors';

/** Who is calling; the transports fill it in after their own checks (sender origin, token). */
export interface CallContext {
  transport: 'electron' | 'web' | 'test';
}

export type Handler<C extends Channel> = (input: ChannelParsedInput<C>, ctx: CallContext) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
/** Every channel of the contract must have a handler: a missing one is a compile error. */
export type Handlers = { [C in Channel]: Handler<C> };

export interface Router {
  call(channel: string, input: unknown, ctx: CallContext): Promise<Result<unknown>>;
}

/** The schema's issues with their paths, each worded for the user (the same sentence the form shows). */
export const issuesOf = (error: z.ZodError, language: Language): Issue[] =>
  error.issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: zodIssueText(issue)[language] }));

const fail = (error: IpcError): Result<never> => ({ ok: false, error });

/**
 * The one generic handler of architecture §2: validates the input against the contract, calls the
 * service, and answers with a value — never a thrown error — whatever happens inside.
 */
export function createRouter(
  handlers: Handlers,
  log: (message: string, error: unknown) => void = () => {},
  /** The user's language (settings), for the wording of input issues. */
  language: () => Language = () => 'zh-CN',
): Router {
  return {
    async call(channel, input, ctx) {
      if (!isChannel(channel)) {
        return fail({ code: 'NOT_FOUND', message: text(`没有名为 ${channel} 的功能。`, `There is no channel named ${channel}.`) });
      }
      const parsed = contract[channel].input.safeParse(input);
      if (!parsed.success) {
        return fail({
          code: 'VALIDATION',
          message: text('输入有误，请按字段提示修改后再试。', 'Some input is invalid: correct the marked fields and try again.'),
          issues: issuesOf(parsed.error, language()),
        });
      }
      try {
        const handler = handlers[channel] as (input: unknown, ctx: CallContext) => unknown;
        const data = await handler(parsed.data, ctx);
        return { ok: true, data };
      } catch (error) {
        const ipcError = toIpcError(error);
        if (ipcError.code === 'INTERNAL') log(`channel ${channel} failed`, error);
        return fail(ipcError);
      }
    },
  };
}
