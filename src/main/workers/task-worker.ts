import { parentPort, workerData } from 'node:worker_threads';
import { ServiceError } from '../services/service-error';
import type { TaskMessage, TaskRequest } from './task-protocol';
import { tasks, type TaskName } from './tasks';

/**
 * The task worker's entry (built as its own bundle, task-worker.js, beside main.js and web.js):
 * runs one task named in workerData and posts its progress and result. Large byte results are
 * transferred, not copied.
 */
// exceljs's bundled zip library still calls Buffer() (DEP0005) on every streamed workbook: a warning
// nobody running the app can act on, printed once per export. This worker runs only our tasks.
process.noDeprecation = true;

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const request = workerData as TaskRequest;
  const post = (message: TaskMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  try {
    const task = tasks[request.name as TaskName] as ((input: unknown, io: { progress(d: number, t: number): void }) => unknown) | undefined;
    if (!task) throw new Error(`unknown task ${request.name}`);
    let last = 0;
    const output = await task(request.input, {
      progress: (done, total) => {
        // At most ~20 messages a second: progress is for a bar, not a log.
        const now = Date.now();
        if (now - last < 50 && done < total) return;
        last = now;
        post({ type: 'progress', done, total });
      },
    });
    const transfer = output instanceof Uint8Array && output.buffer instanceof ArrayBuffer && output.byteOffset === 0 && output.byteLength === output.buffer.byteLength ? [output.buffer] : [];
    post({ type: 'done', output }, transfer);
  } catch (error) {
    if (error instanceof ServiceError) {
      post({ type: 'failed', error: { code: error.code, userMessage: error.userMessage, ...(error.issues ? { issues: error.issues } : {}), message: error.message } });
    } else {
      post({ type: 'failed', error: { message: error instanceof Error ? error.message : String(error) } });
    }
  }
}

void main();
