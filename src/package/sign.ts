// Ed25519 (node:crypto): key pairs for `govcat keygen`, signing the tag manifest, and checking govcat-signature.txt.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { Buffer } from 'node:buffer';
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { TAG_MANIFEST } from './layout.js';
import type { Signer } from './plan.js';

export type SignatureCheck = 'valid' | 'unsigned' | 'unknown-key' | 'bad-signature';

export interface SignatureFields {
  algorithm: string;
  keyId: string;
  signedFile: string;
  signature: string;
}

/** Key id: the first 16 hex digits of the sha256 of the public key's DER (SPKI); a private key gives its public key's id. */
export function keyIdOf(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256').update(pub.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

/** A fresh key pair as PEM: PKCS#8 private key, SPKI public key. */
export function generateKeys(): { privatePem: string; publicPem: string; keyId: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }) as string,
    keyId: keyIdOf(publicKey),
  };
}

/** Writes NAME.key (mode 0600) and NAME.pub; never overwrites either, and leaves neither behind on failure. */
export function writeKeyPair(name: string): { privateFile: string; publicFile: string; keyId: string } {
  const privateFile = `${name}.key`;
  const publicFile = `${name}.pub`;
  const keys = generateKeys();
  const written: string[] = [];
  try {
    // 'wx' creates exclusively: an existing key is refused by the OS itself, with no window for a race.
    _create(privateFile, keys.privatePem, 0o600, written);
    _create(publicFile, keys.publicPem, 0o644, written);
  } catch (e) {
    for (const f of written) rmSync(f, { force: true });
    throw e;
  }
  return { privateFile, publicFile, keyId: keys.keyId };
}

/** The signer for `--sign KEY`: an Ed25519 private key in PEM (PKCS#8), as `govcat keygen` writes it. */
export function readSigner(file: string): Signer {
  const pem = _read(file);
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new InputError(file, { zh: '不是 PEM 格式的私钥；请使用 govcat keygen 生成的 NAME.key 文件', en: 'not a PEM private key; use the NAME.key file written by govcat keygen' });
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new InputError(file, { zh: `私钥类型为 ${key.asymmetricKeyType}，须为 Ed25519`, en: `the key is ${key.asymmetricKeyType}, not Ed25519` });
  }
  return { keyId: keyIdOf(key), sign: (data) => sign(null, data, key) };
}

/** An Ed25519 public key from SPKI PEM; undefined when the text is not one. */
export function parsePublicKey(pem: string | Uint8Array): KeyObject | undefined {
  try {
    const key = createPublicKey(typeof pem === 'string' ? pem : Buffer.from(pem));
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined;
  }
}

/** The *.pub files of a directory (`verify --keys DIR`), by key id. Throws InputError for an unreadable directory or key. */
export function readPublicKeys(dir: string): Map<string, KeyObject> {
  return new Map(readPublicKeyFiles(dir).map((k) => [k.keyId, k.key]));
}

/** The *.pub files of a directory with their names, sorted by name; the registry (keys.yaml) names keys by file. */
export function readPublicKeyFiles(dir: string): { file: string; keyId: string; key: KeyObject }[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.pub')).sort();
  } catch (e) {
    throw new InputError(dir, { zh: `无法读取公钥目录（${(e as NodeJS.ErrnoException).code ?? e}）`, en: `cannot read the key directory (${(e as NodeJS.ErrnoException).code ?? e})` });
  }
  return names.map((name) => {
    const file = join(dir, name);
    const key = parsePublicKey(_read(file));
    if (!key) throw new InputError(file, { zh: '不是 Ed25519 公钥（SPKI PEM）', en: 'not an Ed25519 public key (SPKI PEM)' });
    return { file: name, keyId: keyIdOf(key), key };
  });
}

/** govcat-signature.txt for a signature made by `keyId`. */
export function formatSignatureFile(keyId: string, signature: Uint8Array): string {
  return `Algorithm: Ed25519\nKey-Id: ${keyId}\nSigned-File: ${TAG_MANIFEST}\nSignature: ${Buffer.from(signature).toString('base64')}\n`;
}

/** The four fields of govcat-signature.txt; undefined when a field is missing, repeated or malformed. */
export function parseSignatureFile(text: string): SignatureFields | undefined {
  const fields = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    const m = /^([A-Za-z-]+): (.+)$/.exec(line);
    if (!m || fields.has(m[1])) return undefined;
    fields.set(m[1], m[2].trim());
  }
  const [algorithm, keyId, signedFile, signature] = ['Algorithm', 'Key-Id', 'Signed-File', 'Signature'].map((k) => fields.get(k));
  if (!algorithm || !keyId || !signedFile || !signature) return undefined;
  return { algorithm, keyId, signedFile, signature };
}

/**
 * Checks govcat-signature.txt (undefined: the bag has none) against the exact bytes of tagmanifest-sha256.txt.
 * A malformed signature file, another algorithm or another signed file counts as a bad signature.
 */
export function verifySignature(fileText: string | undefined, tagManifestBytes: Uint8Array, publicKeysById: ReadonlyMap<string, KeyObject>): SignatureCheck {
  if (fileText === undefined) return 'unsigned';
  const f = parseSignatureFile(fileText);
  if (!f || f.algorithm !== 'Ed25519' || f.signedFile !== TAG_MANIFEST || !/^[A-Za-z0-9+/]{86}==$/.test(f.signature)) return 'bad-signature';
  const key = publicKeysById.get(f.keyId);
  if (!key) return 'unknown-key';
  try {
    return verify(null, tagManifestBytes, key, Buffer.from(f.signature, 'base64')) ? 'valid' : 'bad-signature';
  } catch {
    return 'bad-signature';
  }
}

// --- internal ---

function _create(file: string, text: string, mode: number, written: string[]): void {
  try {
    writeFileSync(file, text, { flag: 'wx', mode });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new InputError(file, { zh: '文件已存在；keygen 不会覆盖已有密钥', en: 'already exists; keygen never overwrites a key' });
    throw new InputError(file, { zh: `无法写入（${code ?? e}）`, en: `cannot be written (${code ?? e})` });
  }
  written.push(file);
  chmodSync(file, mode);
}

function _read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, { zh: '文件不存在', en: 'no such file' });
    throw new InputError(file, { zh: `无法读取（${code ?? e}）`, en: `cannot be read (${code ?? e})` });
  }
}
