// Worker thread entry: verifies one bundle per message with the batch's options (workerData) and replies with its summary.
import { parentPort, workerData } from 'node:worker_threads';
import { verifyPath, type VerifyPathOptions } from './verify-path.js';
import type { VerifyReply, VerifyTask } from './batch.js';

const port = parentPort;
if (!port) throw new Error('govcat: the verify worker runs only as a worker thread');
const options = workerData as VerifyPathOptions;

// verifyPath never throws: a bundle that cannot be opened comes back as a failed summary.
port.on('message', async (task: VerifyTask) => {
  const reply: VerifyReply = { id: task.id, summary: await verifyPath(task.path, options) };
  port.postMessage(reply);
});
