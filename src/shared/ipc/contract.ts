import { z } from 'zod';
import { AppInfo, BackupInfo, BackupName, DataStatus, NoInput, RestoreResult, Settings, SettingsPatch } from './schemas';

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/**
 * The IPC contract as data (architecture §2): every channel's input and output schema. Main
 * validates input against it; types on both sides are inferred from it and never declared twice.
 */
export const contract = {
  'app:get-info': channel(NoInput, AppInfo),
  'data:get-status': channel(NoInput, DataStatus),
  /** From the recovery screen: give up on the damaged files (they stay moved aside) and start empty. */
  'data:start-empty': channel(NoInput, DataStatus),
  'settings:get': channel(NoInput, Settings),
  'settings:update': channel(SettingsPatch, Settings),
  'backup:list': channel(NoInput, z.array(BackupInfo)),
  'backup:create': channel(NoInput, BackupInfo),
  'backup:restore': channel(z.object({ name: BackupName }).strict(), RestoreResult),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];
export const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);
