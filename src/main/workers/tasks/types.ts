/** What a task may do besides computing: say how far it is. */
export interface TaskIo {
  progress(done: number, total: number): void;
}

/**
 * A unit of heavy work that may run in the task worker: plain data in, plain data out (structured
 * clone), no access to the store or to main's state — main gathers the data, the task serializes,
 * renders or parses it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each task declares its own input type
export type Task = (input: any, io: TaskIo) => unknown;
