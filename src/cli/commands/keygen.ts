// govcat keygen -o NAME: an Ed25519 key pair for signing submission packages (NAME.key private, NAME.pub public).
import { writeKeyPair } from '../../package/sign.js';
import { detectLocale } from '../env.js';

export interface KeygenFlags {
  output: string;
  lang?: string;
}

export async function runKeygen(flags: KeygenFlags): Promise<number> {
  const locale = detectLocale(flags.lang);
  // `-o dept.key` means NAME = dept: the pair is always NAME.key + NAME.pub.
  const name = flags.output.replace(/\.(key|pub)$/i, '');
  const { privateFile, publicFile, keyId } = writeKeyPair(name);
  const text = locale === 'zh'
    ? `已生成 ${privateFile}（私钥，请妥善保管；打包时使用 --sign ${privateFile}）和 ${publicFile}（公钥，提交给主管部门）\n密钥标识：${keyId}\n`
    : `Wrote ${privateFile} (private key: keep it secret; sign with --sign ${privateFile}) and ${publicFile} (public key: give it to the authority)\nKey id: ${keyId}\n`;
  process.stdout.write(text);
  return 0;
}
