// Ed25519 keys and govcat-signature.txt: key ids, key files, and every verdict verifySignature gives.
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import {
  formatSignatureFile, generateKeys, keyIdOf, parseSignatureFile, readPublicKeys, readSigner, verifySignature, writeKeyPair,
} from '../../src/package/sign.js';

const dir = mkdtempSync(join(tmpdir(), 'govcat-sign-'));
const MANIFEST = Buffer.from('1712ecfb074bf29c4188ad3421032509159a09739fd604f8fe57038b4ddefcc9  bagit.txt\n');

describe('keys', () => {
  it('key id = first 16 hex digits of sha256 over the SPKI DER; the private key gives the same id', () => {
    const { privatePem, publicPem, keyId } = generateKeys();
    const der = createPublicKey(publicPem).export({ type: 'spki', format: 'der' });
    expect(keyId).toBe(createHash('sha256').update(der).digest('hex').slice(0, 16));
    expect(keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(privatePem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(publicPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    writeFileSync(join(dir, 'g.key'), privatePem);
    expect(readSigner(join(dir, 'g.key')).keyId).toBe(keyId);
  });

  it('writeKeyPair: NAME.key mode 0600 (PKCS#8 PEM), NAME.pub (SPKI PEM); never overwrites', () => {
    const name = join(dir, 'dept');
    const { privateFile, publicFile, keyId } = writeKeyPair(name);
    expect([privateFile, publicFile]).toEqual([`${name}.key`, `${name}.pub`]);
    expect(statSync(privateFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(privateFile, 'utf8')).toContain('BEGIN PRIVATE KEY');
    expect(keyIdOf(createPublicKey(readFileSync(publicFile)))).toBe(keyId);
    const before = readFileSync(privateFile);
    expect(() => writeKeyPair(name)).toThrow(/already exists/);
    expect(readFileSync(privateFile)).toEqual(before);
  });

  it('refuses when only NAME.pub exists, and leaves no NAME.key behind', () => {
    writeFileSync(join(dir, 'half.pub'), 'x');
    expect(() => writeKeyPair(join(dir, 'half'))).toThrow(InputError);
    expect(readdirSync(dir)).not.toContain('half.key');
  });

  it('readSigner refuses a public key, a non-Ed25519 key and a missing file with clear messages', () => {
    expect(() => readSigner(join(dir, 'dept.pub'))).toThrow(/not a PEM private key/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    writeFileSync(join(dir, 'rsa.key'), rsa);
    expect(() => readSigner(join(dir, 'rsa.key'))).toThrow(/not Ed25519/);
    expect(() => readSigner(join(dir, 'none.key'))).toThrow(/no such file/);
  });
});

describe('verifySignature', () => {
  const keysDir = mkdtempSync(join(tmpdir(), 'govcat-keys-'));
  const { keyId } = writeKeyPair(join(keysDir, 'dept'));
  const signer = readSigner(join(keysDir, 'dept.key'));
  const file = formatSignatureFile(signer.keyId, signer.sign(MANIFEST));
  const keys = readPublicKeys(keysDir);

  it('valid for the signed tag manifest with the department key from --keys DIR', () => {
    expect([...keys.keys()]).toEqual([keyId]);
    expect(verifySignature(file, MANIFEST, keys)).toBe('valid');
  });

  it('bad-signature after changing any one byte of the tag manifest', () => {
    for (const i of [0, 40, MANIFEST.length - 1]) {
      const changed = Buffer.from(MANIFEST);
      changed[i] ^= 0x01;
      expect(verifySignature(file, changed, keys)).toBe('bad-signature');
    }
  });

  it('unknown-key for a key id not among the keys; unsigned without a signature file', () => {
    const other = writeKeyPair(join(dir, 'other'));
    const otherSigner = readSigner(other.privateFile);
    expect(verifySignature(formatSignatureFile(otherSigner.keyId, otherSigner.sign(MANIFEST)), MANIFEST, keys)).toBe('unknown-key');
    expect(verifySignature(undefined, MANIFEST, keys)).toBe('unsigned');
  });

  it('bad-signature for a malformed file, another algorithm, another signed file, or a signature by another key under this id', () => {
    expect(verifySignature('garbage', MANIFEST, keys)).toBe('bad-signature');
    expect(verifySignature(file.replace('Ed25519', 'RSA'), MANIFEST, keys)).toBe('bad-signature');
    expect(verifySignature(file.replace('tagmanifest-sha256.txt', 'manifest-sha256.txt'), MANIFEST, keys)).toBe('bad-signature');
    expect(verifySignature(`${file}Key-Id: ${keyId}\n`, MANIFEST, keys)).toBe('bad-signature');
    const forged = readSigner(join(dir, 'dept.key'));
    expect(verifySignature(formatSignatureFile(keyId, forged.sign(MANIFEST)), MANIFEST, keys)).toBe('bad-signature');
  });

  it('parses the four fields', () => {
    expect(parseSignatureFile(file)).toEqual({ algorithm: 'Ed25519', keyId, signedFile: 'tagmanifest-sha256.txt', signature: expect.stringMatching(/^[A-Za-z0-9+/]{86}==$/) });
  });
});
