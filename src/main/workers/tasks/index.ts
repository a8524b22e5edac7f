import { bundleTasks } from './bundle-tasks';
import { exportTasks } from './export-tasks';
import { importTasks } from './import-tasks';
import type { Task } from './types';

/** Every task the worker knows, by name. Each feature keeps its tasks in its own file. */
export const tasks = { ...exportTasks, ...importTasks, ...bundleTasks } satisfies Record<string, Task>;

export type Tasks = typeof tasks;
export type TaskName = keyof Tasks;
export type TaskInput<N extends TaskName> = Parameters<Tasks[N]>[0];
export type TaskOutput<N extends TaskName> = Awaited<ReturnType<Tasks[N]>>;
export type { TaskIo } from './types';
