// `verify --keys DIR`: the folder's public keys as PEM text (what the worker threads get) and its keys.yaml registry.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { loadYaml } from '../core/load.js';
import { readPublicKeyFiles } from '../package/sign.js';
import { KEY_REGISTRY_FILE, checkKeyRegistry, type KeyRegistry } from '../verify/key-registry.js';
import { problemsError } from './problems.js';
import { readSource } from './read.js';

export interface KeyFolder {
  /** SPKI PEM by key id: plain strings, parsed once per worker. */
  pems: Map<string, string>;
  /** keys.yaml; absent when the folder has none (keys then bind to no department). */
  registry?: KeyRegistry;
}

/** Throws InputError (exit 2) for an unreadable folder or key, a folder without keys, or a keys.yaml with problems. */
export function readKeyFolder(dir: string): KeyFolder {
  const files = readPublicKeyFiles(dir);
  // An empty key directory would report every signed bundle as signed with an unknown key: a mistake, not a finding.
  if (!files.length) throw new InputError(dir, { zh: '目录中没有公钥文件（*.pub）', en: 'the directory holds no public keys (*.pub)' });
  const pems = new Map(files.map((f) => [f.keyId, f.key.export({ type: 'spki', format: 'pem' }) as string]));
  const file = join(dir, KEY_REGISTRY_FILE);
  if (!existsSync(file)) return { pems };
  const doc = loadYaml(readSource(file), file);
  const checked = checkKeyRegistry(doc.data, files);
  if (!checked.ok) throw problemsError(file, doc, checked.problems);
  return { pems, registry: checked.registry };
}
