// Test worker speaking the pool's protocol without opening anything: the bundle name says how to behave.
// "…delay-N…" replies after N ms; "…crash…" throws (an uncaught error in the thread); "…exit…" ends the thread;
// "…hang…" never replies; anything else replies at once with a passed summary naming the bundle.
import { parentPort, threadId, workerData } from 'node:worker_threads';

parentPort.on('message', (task) => {
  const path = task.path;
  if (path.includes('crash')) throw new Error(`boom in ${path}`);
  if (path.includes('exit')) process.exit(3);
  if (path.includes('hang')) return;
  const delay = Number(/delay-(\d+)/.exec(path)?.[1] ?? 0);
  setTimeout(() => {
    const summary = { bundle: path, status: 'passed', signature: 'not-checked', errors: 0, warnings: 0, infos: 0, findings: [], profile: `thread-${threadId}`, version: workerData.asOf };
    parentPort.postMessage({ id: task.id, summary });
  }, delay);
});
