// Worker thread entry (run by tinypool): verifies one bundle per task with the batch's options (the pool's workerData).
import Tinypool from 'tinypool';
import { verifyPath, type VerifyPathOptions } from './verify-path.js';
import type { VerifyTask } from './batch.js';
import type { BundleSummary } from './types.js';

const options = Tinypool.workerData as VerifyPathOptions;

/** verifyPath never throws: a bundle that cannot be opened comes back as a failed summary. */
export default function verifyTask(task: VerifyTask): Promise<BundleSummary> {
  task.started?.postMessage(null);
  task.started?.close();
  return verifyPath(task.path, options);
}
