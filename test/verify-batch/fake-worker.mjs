// Test worker run by the pool (tinypool's task protocol) without opening anything: the bundle name says how to behave.
// "…delay-N…" answers after N ms; "…crash…" throws outside the task (an uncaught error ends the thread); "…exit…" ends
// the thread; "…oom…" allocates until the heap limit ends the thread; "…hang…" never answers; anything else answers at once with a passed summary naming the bundle.
import { threadId } from 'node:worker_threads';
import Tinypool from 'tinypool';

export default function fakeVerify(task) {
  const path = task.path;
  task.started?.postMessage(null);
  task.started?.close();
  if (path.includes('crash')) {
    setTimeout(() => {
      throw new Error(`boom in ${path}`);
    });
    return new Promise(() => {});
  }
  if (path.includes('exit')) process.exit(3);
  if (path.includes('oom')) {
    const hog = [];
    for (;;) hog.push(new Array(1e5).fill(hog.length));
  }
  if (path.includes('hang')) return new Promise(() => {});
  const delay = Number(/delay-(\d+)/.exec(path)?.[1] ?? 0);
  return new Promise((resolve) =>
    setTimeout(() => resolve({ bundle: path, status: 'passed', signature: 'not-checked', errors: 0, warnings: 0, infos: 0, findings: [], profile: `thread-${threadId}`, version: Tinypool.workerData.asOf }), delay),
  );
}
