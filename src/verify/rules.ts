// Metadata of the bundle-level "verify rules": what `govcat verify` reports about a bag itself, besides lint and diff findings.
import type { ArticleRef, RuleBase } from '../core/types.js';

type NoOptions = Record<string, never>;
type VerifyRule<M extends string> = RuleBase<NoOptions, M>;

const ART16: ArticleRef = { source: 'decree-809', article: 16 };
/** Art. 35(2): technical measures against data being tampered with — fixity and signatures. */
const ART35: ArticleRef = { source: 'decree-809', article: 35, paragraph: 2 };

export const bundleUnreadable: VerifyRule<
  'not-found' | 'not-an-archive' | 'empty' | 'truncated' | 'corrupt' | 'traversal' | 'absolute-path' | 'bad-name' | 'duplicate-entry'
  | 'link' | 'special-file' | 'too-many-entries' | 'too-large' | 'ratio' | 'unreadable' | 'internal'
> = {
  id: 'bundle-unreadable',
  articles: [ART16, ART35],
  severity: 'error',
  docs: {
    summary: { zh: '报送包无法安全打开', en: 'The bundle cannot be opened safely' },
    details: {
      zh: '报送包（目录、zip 或 tar.gz）在内存中读取，不解压到磁盘。以下情形拒绝读取，整个包判为不通过：路径不存在；不是归档；为空；归档被截断或已损坏；条目名称含“..”、为绝对路径（含 Windows 盘符）、含反斜杠或控制字符，或同名条目重复；条目为符号链接、硬链接、设备文件或 FIFO；条目数、单个文件大小、展开后总大小或压缩比超过限值（压缩炸弹，超限即停止读取）。消息 ID 即问题类别。',
      en: 'A bundle (directory, zip or tar.gz) is read into memory, never extracted to disk. It is refused, and fails as a whole, when: the path does not exist; it is not an archive; it is empty; the archive is truncated or corrupt; an entry name contains "..", is absolute (Windows drive letters included), contains a backslash or control characters, or repeats another; an entry is a symbolic or hard link, a device file or a FIFO; the entry count, a file\'s size, the expanded total or the compression ratio exceeds its limit (a decompression bomb: reading stops at the limit). The message id names the kind of problem.',
    },
  },
  messages: {
    'not-found': { zh: '找不到报送包：{{detail}}', en: 'bundle not found: {{detail}}' },
    'not-an-archive': { zh: '不是报送包：{{detail}}', en: 'not a bundle: {{detail}}' },
    empty: { zh: '报送包为空：{{detail}}', en: 'empty bundle: {{detail}}' },
    truncated: { zh: '报送包不完整（被截断）：{{detail}}', en: 'truncated bundle: {{detail}}' },
    corrupt: { zh: '报送包已损坏：{{detail}}', en: 'corrupt bundle: {{detail}}' },
    traversal: { zh: '路径穿越：{{detail}}', en: 'path traversal: {{detail}}' },
    'absolute-path': { zh: '绝对路径：{{detail}}', en: 'absolute path: {{detail}}' },
    'bad-name': { zh: '条目名称不可用：{{detail}}', en: 'unusable entry name: {{detail}}' },
    'duplicate-entry': { zh: '条目重复：{{detail}}', en: 'duplicate entry: {{detail}}' },
    link: { zh: '链接：{{detail}}', en: 'link: {{detail}}' },
    'special-file': { zh: '特殊文件：{{detail}}', en: 'special file: {{detail}}' },
    'too-many-entries': { zh: '条目过多：{{detail}}', en: 'too many entries: {{detail}}' },
    'too-large': { zh: '内容过大：{{detail}}', en: 'too large: {{detail}}' },
    ratio: { zh: '疑为压缩炸弹：{{detail}}', en: 'likely decompression bomb: {{detail}}' },
    unreadable: { zh: '无法读取：{{detail}}', en: 'cannot be read: {{detail}}' },
    internal: { zh: '核验时发生内部错误：{{detail}}', en: 'internal error while verifying: {{detail}}' },
  },
  defaults: {},
};

export const bagitDeclaration: VerifyRule<'missing' | 'malformed' | 'version' | 'encoding'> = {
  id: 'bagit-declaration',
  articles: [ART16],
  severity: 'error',
  docs: {
    summary: { zh: 'bagit.txt 存在且格式完全正确', en: 'bagit.txt is present and exactly well-formed' },
    details: {
      zh: 'RFC 8493 第 2.1.1 节：包根目录的 bagit.txt 恰好两行，依次为“BagIt-Version: M.N”和“Tag-File-Character-Encoding: UTF-8”，UTF-8 编码且不带 BOM。接受 1.0 和 0.97 版本；标签文件编码必须为 UTF-8。',
      en: 'RFC 8493 §2.1.1: bagit.txt at the bag root has exactly two lines, "BagIt-Version: M.N" then "Tag-File-Character-Encoding: UTF-8", in UTF-8 without a byte order mark. Versions 1.0 and 0.97 are accepted; the tag file encoding must be UTF-8.',
    },
  },
  messages: {
    missing: { zh: '缺少 bagit.txt，不是 BagIt 包', en: 'bagit.txt is missing: this is not a BagIt bag' },
    malformed: { zh: 'bagit.txt 第 {{line}} 行格式有误，应为“{{expected}}”', en: 'bagit.txt line {{line}} is malformed; expected "{{expected}}"' },
    version: { zh: '不支持的 BagIt 版本“{{version}}”；应为 1.0 或 0.97', en: 'unsupported BagIt version "{{version}}"; expected 1.0 or 0.97' },
    encoding: { zh: '标签文件编码为“{{encoding}}”；应为 UTF-8', en: 'the tag file encoding is "{{encoding}}"; expected UTF-8' },
  },
  defaults: {},
};

export const bagInfo: VerifyRule<'missing' | 'malformed' | 'unknownProfile' | 'mismatch'> = {
  id: 'bag-info',
  articles: [ART16],
  severity: 'error',
  docs: {
    summary: { zh: 'bag-info.txt 可解析，且与目录内容一致', en: 'bag-info.txt parses and agrees with the catalogue' },
    details: {
      zh: 'RFC 8493 第 2.2.2 节：bag-info.txt 每行为“标签: 值”，以空白开头的行续接上一行的值。govcat 报送包必须包含 bag-info.txt；其中 Govcat-Profile 指定的配置方案必须存在；Source-Organization、Govcat-Catalogue-Id、Govcat-Catalogue-Version、Govcat-Department-Code 必须与 data/catalogue.yaml 的目录头一致，否则主管部门无法确定报送的是哪一份目录。',
      en: 'RFC 8493 §2.2.2: each line of bag-info.txt is "Label: value"; a line starting with whitespace continues the previous value. A govcat bundle must have bag-info.txt; the profile named by Govcat-Profile must exist; Source-Organization, Govcat-Catalogue-Id, Govcat-Catalogue-Version and Govcat-Department-Code must agree with the header of data/catalogue.yaml, or the authority cannot tell which catalogue was submitted.',
    },
  },
  messages: {
    missing: { zh: '缺少 bag-info.txt', en: 'bag-info.txt is missing' },
    malformed: { zh: 'bag-info.txt 第 {{line}} 行不是“标签: 值”格式', en: 'bag-info.txt line {{line}} is not "Label: value"' },
    unknownProfile: { zh: 'Govcat-Profile 指定的配置方案“{{profile}}”不存在，改用“{{used}}”检查', en: 'Govcat-Profile names an unknown profile "{{profile}}"; linted with "{{used}}" instead' },
    mismatch: { zh: '{{label}} 为“{{info}}”，而目录中为“{{catalogue}}”', en: '{{label}} is "{{info}}" but the catalogue says "{{catalogue}}"' },
  },
  defaults: {},
};

export const payloadOxum: VerifyRule<'missing' | 'malformed' | 'mismatch'> = {
  id: 'payload-oxum',
  articles: [ART16, ART35],
  severity: 'error',
  docs: {
    summary: { zh: 'Payload-Oxum 与实际载荷的字节数和文件数一致', en: 'Payload-Oxum matches the real payload octets and file count' },
    details: {
      zh: 'RFC 8493 第 2.2.2 节：Payload-Oxum 为“字节数.文件数”，统计 data/ 下的全部文件。govcat 报送包必须包含该标签；不一致说明载荷在打包后被增删或截短。',
      en: 'RFC 8493 §2.2.2: Payload-Oxum is "octets.count" over every file under data/. A govcat bundle must carry it; a difference means payload files were added, removed or cut short after bagging.',
    },
  },
  messages: {
    missing: { zh: 'bag-info.txt 中缺少 Payload-Oxum', en: 'bag-info.txt has no Payload-Oxum' },
    malformed: { zh: 'Payload-Oxum“{{value}}”格式有误，应为“字节数.文件数”', en: 'Payload-Oxum "{{value}}" is malformed; expected "octets.count"' },
    mismatch: { zh: 'Payload-Oxum 为 {{declared}}，实际载荷为 {{actual}}（字节数.文件数）', en: 'Payload-Oxum says {{declared}} but the payload is {{actual}} (octets.count)' },
  },
  defaults: {},
};

export const manifestFormat: VerifyRule<
  'noManifest' | 'unsupported' | 'weakAlgorithm' | 'notUtf8' | 'malformedLine' | 'unencodedPercent' | 'ambiguousPercent' | 'badPath' | 'outside' | 'duplicate'
> = {
  id: 'manifest-format',
  articles: [ART16, ART35],
  severity: 'error',
  docs: {
    summary: { zh: '至少有一个载荷清单，且每个清单的每行格式正确', en: 'At least one payload manifest, and every line of every manifest well-formed' },
    details: {
      zh: 'RFC 8493 第 2.1.3 节：“每个包必须至少包含一个载荷清单文件，并可以包含多个”，文件名为 manifest-算法.txt；每行为“校验值 路径”，二者以一个或多个空格或制表符分隔，路径以“/”分隔、相对于包根目录；路径中的换行（LF）、回车（CR）、回车换行（CRLF）或百分号（%），“这些字符（且只有这些字符）必须按照 RFC 3986 进行百分号编码”，即写作 %0A、%0D、%25。第 2.2.1 节：标签清单（tagmanifest-算法.txt）可选，格式与载荷清单相同，但不得列出任何载荷文件，也不得列出任何标签清单。第 2.4 节：“自 BagIt 1.0 起，包的创建和核验工具必须支持 SHA-256 和 SHA-512 算法，并应在创建新包时默认启用 SHA-512”；为向后兼容，算法也可以是 MD5 或 SHA-1，实现者应支持这两种算法。govcat 核验 md5、sha1、sha224、sha256、sha384、sha512 以及 bagit-python 提供的 sha3_224、sha3_256、sha3_384、sha3_512、blake2b、blake2s 清单，每一个都逐一核验；MD5 和 SHA-1 清单同样核验，但给出警告：这两种算法已不能防止蓄意篡改。其他算法的清单给出警告，不核验。bagit-python 等工具把路径中的“%”原样写出：只有按原样读取才能对上包中文件的行照常核验，全包给出一次警告（严格按 RFC 的核验工具会判其不通过）；两种读法对上不同文件时按 RFC 读法，并给出警告。载荷清单只列 data/ 下的文件；同一路径不得列出两次。',
      en: 'RFC 8493 §2.1.3: "Every bag MUST contain at least one payload manifest file and MAY contain more than one", named manifest-algorithm.txt; each line is "checksum filepath", separated by one or more spaces or tabs, the path relative to the bag root with "/" separators; "If a filepath includes a Line Feed (LF), a Carriage Return (CR), a Carriage-Return Line Feed (CRLF), or a percent sign (%), those characters (and only those) MUST be percent-encoded following [RFC3986]" — %0A, %0D, %25. §2.2.1: tag manifests (tagmanifest-algorithm.txt) are optional, have the same form, and MUST NOT list any payload files or any tag manifests. §2.4: "Starting with BagIt 1.0, bag creation and validation tools MUST support the SHA-256 and SHA-512 algorithms [RFC6234] and SHOULD enable SHA-512 by default when creating new bags"; for backwards compatibility the algorithm MAY also be MD5 or SHA-1, and "implementers SHOULD support MD5 [RFC1321] and SHA-1 [RFC3174]". govcat checks md5, sha1, sha224, sha256, sha384 and sha512 manifests and bagit-python\'s sha3_224, sha3_256, sha3_384, sha3_512, blake2b and blake2s, every one of them; MD5 and SHA-1 are checked too but warned about, since they no longer stop deliberate tampering. A manifest of any other algorithm is a warning and is not checked. bagit-python and other tools write "%" in paths as it is: a line that only names a file of the bag when read as written is checked as such, with one warning for the bag (validators that follow the RFC strictly will fail it); when both readings name different files, the RFC\'s is taken, with a warning. A payload manifest lists only files under data/; no path is listed twice.',
    },
  },
  messages: {
    noManifest: {
      zh: '没有载荷清单：RFC 8493 第 2.1.3 节要求至少一个 manifest-算法.txt；包根目录中有：{{found}}',
      en: 'no payload manifest: RFC 8493 §2.1.3 requires at least one manifest-<algorithm>.txt; the bag root holds {{found}}',
    },
    unsupported: { zh: '清单 {{manifest}} 使用的算法“{{algorithm}}”不受支持，未核验', en: 'the manifest {{manifest}} uses an unsupported algorithm "{{algorithm}}" and was not checked' },
    weakAlgorithm: {
      zh: '{{manifests}} 使用 {{algorithm}}：RFC 8493 第 2.4 节仅为向后兼容而允许 MD5 和 SHA-1，它们已不能防止蓄意篡改；已照常核验，新建的包请使用 SHA-512 或 SHA-256',
      en: '{{manifests}}: {{algorithm}} is allowed by RFC 8493 §2.4 for backwards compatibility only and no longer stops deliberate tampering; checked all the same, but new bags should use SHA-512 or SHA-256',
    },
    notUtf8: { zh: '{{manifest}} 不是有效的 UTF-8 文本', en: '{{manifest}} is not valid UTF-8 text' },
    malformedLine: { zh: '{{manifest}} 第 {{line}} 行应为“{{algorithm}} 校验值 + 空白 + 路径”', en: '{{manifest}} line {{line}} should be "{{algorithm}} checksum, whitespace, path"' },
    unencodedPercent: {
      zh: '{{manifests}} 中有 {{count}} 行的路径把“%”原样写出，未按 RFC 8493 第 2.1.3 节写作 %25（bagit-python 等工具如此写）：{{paths}}；已按原样对上文件并核验，但严格按 RFC 的核验工具会找不到这些文件',
      en: '{{manifests}}: {{count}} line(s) write "%" in a path as it is rather than %25 as RFC 8493 §2.1.3 requires (as bagit-python and other tools do): {{paths}}; matched as written and checked, but validators that follow the RFC will not find these files',
    },
    ambiguousPercent: {
      zh: '{{manifest}} 第 {{line}} 行的“{{written}}”既可按 RFC 8493 第 2.1.3 节读作“{{decoded}}”，也可原样读作另一个文件；已按 RFC 读作“{{decoded}}”核验',
      en: '{{manifest}} line {{line}}: "{{written}}" names "{{decoded}}" read as RFC 8493 §2.1.3 encodes it, and another file read as written; checked as "{{decoded}}"',
    },
    badPath: { zh: '{{manifest}} 第 {{line}} 行的路径“{{path}}”不可用：{{reason}}', en: '{{manifest}} line {{line}}: the path "{{path}}" is unusable: {{reason}}' },
    outside: { zh: '{{manifest}} 第 {{line}} 行列出了“{{path}}”，而该清单{{scope}}', en: '{{manifest}} line {{line}} lists "{{path}}", but this manifest {{scope}}' },
    duplicate: { zh: '{{manifest}} 第 {{line}} 行重复列出“{{path}}”（首次见第 {{first}} 行）', en: '{{manifest}} line {{line}} lists "{{path}}" again (first on line {{first}})' },
  },
  defaults: {},
};

export const manifestMissingFile: VerifyRule<'missing'> = {
  id: 'manifest-missing-file',
  articles: [ART16, ART35],
  severity: 'error',
  docs: {
    summary: { zh: '清单列出的每个文件都在包中', en: 'Every file a manifest lists is in the bag' },
    details: {
      zh: 'RFC 8493 第 3 节（完整的包）：“每个标签清单列出的每个文件都必须存在”，“每个载荷清单列出的每个文件都必须存在”。缺失说明文件在打包后被删除或改名；几个清单都列出的同一个文件只报告一次。',
      en: 'RFC 8493 §3 (complete bags): "Every file listed in every tag manifest MUST be present" and "Every file listed in every payload manifest MUST be present". A missing file was deleted or renamed after bagging; a file several manifests list is reported once.',
    },
  },
  messages: {
    missing: { zh: '{{manifest}} 列出的文件“{{path}}”不在包中', en: '"{{path}}", listed in {{manifest}}, is not in the bag' },
  },
  defaults: {},
};

export const manifestUnlistedFile: VerifyRule<'payload' | 'disagree' | 'tag'> = {
  id: 'manifest-unlisted-file',
  articles: [ART16, ART35],
  severity: 'error',
  docs: {
    summary: { zh: '包中每个载荷文件都列在每一个载荷清单中', en: 'Every payload file is listed in every payload manifest' },
    details: {
      zh: 'RFC 8493 第 2.1.3 节：“每个载荷清单必须将每个载荷文件名恰好列出一次”；第 3 节：“对 BagIt 1.0，每个载荷文件都必须列在每一个载荷清单中”（旧版本允许只列在其中一个清单中，因此 BagIt 0.97 的包不检查各清单是否一致）。data/ 下未列入任何载荷清单的文件是打包后加入的，逐个文件判为错误；几个载荷清单所列文件不一致时，每个有遗漏的清单报告一次错误，列出它漏掉的文件。第 2.2.1 节：每个标签清单“必须列出每个载荷清单”（否则为错误），并“应当列出其余标签文件”（否则为警告：其内容不受校验值和签名保护）；govcat-signature.txt 和标签清单本身不列入。',
      en: 'RFC 8493 §2.1.3: "Every payload manifest MUST list every payload file name exactly once"; §3: "For BagIt 1.0, every payload file MUST be listed in every payload manifest" (older versions allowed a payload file in just one of the manifests, so BagIt 0.97 bags are not checked for agreement). A file under data/ that no payload manifest lists was added after bagging: an error per file. When payload manifests disagree, each one that leaves files out is one error naming them. §2.2.1: each tag manifest "MUST list every payload manifest" (an error when it does not) and "SHOULD list the remaining tag files" (a warning: neither checksum nor signature protects the file); govcat-signature.txt and the tag manifests themselves stay unlisted.',
    },
  },
  messages: {
    payload: { zh: '载荷文件“{{path}}”未列入 {{manifest}}', en: 'the payload file "{{path}}" is not listed in {{manifest}}' },
    disagree: {
      zh: '{{manifest}} 漏列了 {{others}} 列出的 {{count}} 个载荷文件：{{paths}}（RFC 8493 第 3 节：每个载荷文件都必须列在每一个载荷清单中）',
      en: '{{manifest}} leaves out {{count}} payload file(s) that {{others}} list(s): {{paths}} (RFC 8493 §3: every payload file must be listed in every payload manifest)',
    },
    tag: { zh: '标签文件“{{path}}”未列入 {{manifest}}，不受校验值和签名保护', en: 'the tag file "{{path}}" is not listed in {{manifest}}, so no checksum or signature protects it' },
  },
  defaults: {},
};

export const manifestChecksum: VerifyRule<'mismatch'> = {
  id: 'manifest-checksum',
  articles: [ART16, ART35],
  severity: 'error',
  docs: {
    summary: { zh: '每个文件的校验值与清单一致', en: "Every file's checksum matches its manifest" },
    details: {
      zh: 'RFC 8493 第 3 节（有效的包）：“每个载荷清单和标签清单中的每个校验值都已对照相应文件的内容核验成功”。按每个清单的算法重新计算校验值，与清单不符说明文件在打包后被改动；几个清单都不符的同一个文件只报告一次，列出各清单。',
      en: 'RFC 8493 §3 (valid bags): "Every checksum in every payload manifest and tag manifest has been successfully verified against the contents of the corresponding file." Each checksum is recomputed with its manifest\'s algorithm; a difference means the file changed after bagging. A file that fails in several manifests is reported once, naming them.',
    },
  },
  messages: {
    mismatch: { zh: '“{{path}}”的 {{algorithm}} 校验值与 {{manifest}} 不符（文件在打包后被改动）', en: 'the {{algorithm}} checksum of "{{path}}" does not match {{manifest}} (the file changed after bagging)' },
  },
  defaults: {},
};

export const signature: VerifyRule<
  'valid' | 'validRegistered' | 'payloadAltered' | 'unsigned' | 'required' | 'unknownKey' | 'unregistered' | 'otherDepartment'
  | 'noDepartment' | 'expired' | 'notYetValid' | 'bad'
> = {
  id: 'signature',
  articles: [ART16, ART35],
  severity: 'error',
  docs: {
    summary: { zh: '报送包的 Ed25519 签名有效，且来自登记给该部门、在有效期内的公钥', en: "The bundle's Ed25519 signature is valid and made with a key registered for its department, within the key's validity" },
    details: {
      zh: '给出 --keys 文件夹时检查 govcat-signature.txt：它是对 tagmanifest-sha256.txt 原始字节的 Ed25519 签名，标签清单又覆盖 bag-info.txt 和载荷清单，因此签名保护整个包。'
        + '文件夹中的 keys.yaml 是密钥登记表：departments 列表的每一项为一个部门（name 为部门名称、code 为统一社会信用代码，至少给一个），keys 列出其公钥（file 为本文件夹中的 .pub 文件名，或 id 为 16 位十六进制密钥 ID），每个密钥可有 valid_from、valid_to（yyyy-mm-dd，含当日）。'
        + '报送包的部门取自 bag-info.txt（Govcat-Department-Code、Source-Organization，均在签名范围内）：两边都有统一社会信用代码时按代码认定，否则按名称。签名日期取 bag-info.txt 的 Bagging-Date（在签名范围内），没有时取 --received，再没有时取核验日期。'
        + '签名有效、密钥登记给该部门且签名日期在有效期内时给出提示；签名有效但包内文件未通过校验值核验时，提示“签名对标签清单有效；载荷已被改动”（改动本身由 manifest-checksum 等规则报告为错误）。'
        + '以下为错误：签名无效（格式错误、标签清单在签名后被改动）；密钥不在文件夹中，或 keys.yaml 未把它登记给任何部门；密钥登记给其他部门（消息写明是哪个部门）；签名日期在密钥有效期之外。'
        + '没有签名时给出警告；使用 --require-signature 或配置文件中的 verify.requireSignature: true 时为错误。文件夹中没有 keys.yaml 时，任何一个公钥签的名都算有效，但密钥不与部门绑定（每次运行提示一次）。'
        + '停用到期轮换的密钥请写 valid_to：此前签名的报送包仍然有效；密钥泄露时请将其从 keys.yaml 中删除，此后用它签名的报送包一律不通过。不给 --keys 时不检查签名。',
      en: 'With --keys DIR, govcat-signature.txt is checked: an Ed25519 signature over the exact bytes of tagmanifest-sha256.txt, which covers bag-info.txt and the payload manifest, so the signature protects the whole bag. '
        + "keys.yaml in that folder is the key registry: each item of its departments list is a department (name, code: its unified social credit code; at least one) and keys lists its public keys (file: a .pub file of the folder, or id: a 16-hex-digit key id), each with optional valid_from and valid_to (yyyy-mm-dd, inclusive). "
        + "The bundle's department is read from bag-info.txt (Govcat-Department-Code, Source-Organization, both covered by the signature): by credit code when both sides have one, else by name. The signing date is bag-info's Bagging-Date (covered by the signature), else --received, else the verification date. "
        + 'A valid signature by a key registered for the department and valid on the signing date is noted; a signature that verifies while files of the bag fail fixity is noted as "signature valid over the tag manifest; payload altered" (the alteration itself is the error of manifest-checksum and its kin). '
        + "Errors: a bad signature (malformed, or the tag manifest changed after signing); a key not in the folder, or one keys.yaml registers for no department; a key registered for another department (the message names it); a signing date outside the key's validity. "
        + 'An unsigned bundle is a warning, and an error with --require-signature or verify.requireSignature: true in the config. Without keys.yaml any key of the folder makes a valid signature, but keys are not bound to departments (said once per run). '
        + 'Retire a rotated key with valid_to: bundles signed before stay valid; remove a compromised key from keys.yaml, and every bundle signed with it fails. Without --keys signatures are not checked.',
    },
  },
  messages: {
    valid: { zh: '签名有效（密钥 {{keyId}}）', en: 'valid signature (key {{keyId}})' },
    validRegistered: { zh: '签名有效（密钥 {{keyId}}，{{file}}，登记给{{department}}，签名日期 {{date}}）', en: 'valid signature (key {{keyId}}, {{file}}, registered for {{department}}, signed on {{date}})' },
    payloadAltered: { zh: '签名对标签清单有效（密钥 {{keyId}}），但载荷在签名后已被改动（见上面的校验值错误）', en: 'signature valid over the tag manifest (key {{keyId}}), but the payload was altered after signing (see the fixity errors)' },
    unsigned: { zh: '报送包未签名', en: 'the bundle is not signed' },
    required: { zh: '报送包未签名，而本次核验要求签名（--require-signature）', en: 'the bundle is not signed, and this verification requires signatures (--require-signature)' },
    unknownKey: { zh: '签名所用密钥 {{keyId}} 不在给定的公钥中', en: 'signed with key {{keyId}}, which is not among the given public keys' },
    unregistered: { zh: '签名所用密钥 {{keyId}}（{{file}}）在 keys.yaml 中未登记给任何部门', en: 'signed with key {{keyId}} ({{file}}), which keys.yaml registers for no department' },
    otherDepartment: { zh: '签名所用密钥 {{keyId}} 登记给{{owner}}，不是报送部门{{department}}的密钥', en: 'signed with key {{keyId}}, registered for {{owner}}, not for the submitting department {{department}}' },
    noDepartment: { zh: '签名所用密钥 {{keyId}} 登记给{{owner}}，而 bag-info.txt 没有写明报送部门', en: 'signed with key {{keyId}}, registered for {{owner}}, but bag-info.txt names no submitting department' },
    expired: { zh: '签名所用密钥 {{keyId}}（{{file}}）的有效期至 {{validTo}}，签名日期 {{date}}（{{source}}）已过期', en: 'signed with key {{keyId}} ({{file}}), valid until {{validTo}}, but the signing date {{date}} ({{source}}) is after it' },
    notYetValid: { zh: '签名所用密钥 {{keyId}}（{{file}}）自 {{validFrom}} 起有效，签名日期 {{date}}（{{source}}）尚未生效', en: 'signed with key {{keyId}} ({{file}}), valid from {{validFrom}}, but the signing date {{date}} ({{source}}) is before it' },
    bad: { zh: '签名无效：govcat-signature.txt 格式有误，或标签清单在签名后被改动', en: 'bad signature: govcat-signature.txt is malformed or the tag manifest changed after signing' },
  },
  defaults: {},
};

export const catalogueUnreadable: VerifyRule<'missing' | 'unreadable'> = {
  id: 'catalogue-unreadable',
  articles: [ART16],
  severity: 'error',
  docs: {
    summary: { zh: '包中的目录文件存在且可以读取', en: 'The catalogue in the bag exists and can be read' },
    details: {
      zh: '报送包的 data/catalogue.yaml 必须存在，且是 UTF-8 编码的单个 YAML 文档，才能按包中指定的配置方案重新检查；data/previous/catalogue.yaml（上一版本）存在时同样须可读取，才能重新核对更新期限。YAML 错误给出所在行列。',
      en: "The bag's data/catalogue.yaml must exist and be a single UTF-8 YAML document so it can be linted again with the bag's profile; data/previous/catalogue.yaml (the previous version), when present, must be readable too so the update deadlines can be checked again. YAML errors carry their line and column.",
    },
  },
  messages: {
    missing: { zh: '包中缺少 {{path}}', en: '{{path}} is missing from the bag' },
    unreadable: { zh: '无法读取 {{path}}：{{problem}}', en: 'cannot read {{path}}: {{problem}}' },
  },
  defaults: {},
};

export const reviewDeadlineAuthority: VerifyRule<'due' | 'overdue' | 'invalidDate' | 'calendar'> = {
  id: 'review-deadline-authority',
  articles: [{ source: 'decree-809', article: 17, paragraph: 3 }],
  severity: 'error',
  docs: {
    summary: { zh: '主管部门自收到报送包之日起 2 个工作日内完成审核并发布', en: 'The authority reviews and publishes within 2 working days of receiving the bundle' },
    details: {
      zh: '第十七条第三款。给出 --received 时，以收到日期（当日不计入）加 2 个工作日为审核期限，作为提示列出；核验日期（--as-of，默认今天）已过期限时为错误，提醒主管部门本身已逾期。期限按官方节假日安排计算；涉及尚无官方安排的年份时另给警告。',
      en: 'Art. 17(3). With --received, the review is due 2 working days after the day of receipt (which is not counted), reported as a note; when the verification date (--as-of, default today) is past it, an error reminds the authority that it is itself late. Working days follow the official holiday schedule; a year without one adds a warning.',
    },
  },
  messages: {
    due: { zh: '{{received}} 收到，主管部门应于 {{due}} 前完成审核并发布', en: 'received on {{received}}: the authority must review and publish it by {{due}}' },
    overdue: { zh: '{{received}} 收到，审核期限 {{due}} 已过（截至 {{asOf}}），主管部门已逾期', en: 'received on {{received}}: the review was due by {{due}} and is overdue as of {{asOf}}' },
    invalidDate: { zh: '收到日期“{{received}}”无效', en: 'the receipt date "{{received}}" is invalid' },
    calendar: { zh: '{{year}} 年尚无官方节假日安排，审核期限按周一至周五计算，可能不准', en: 'no official holiday schedule for {{year}} yet: the review deadline was counted Monday to Friday and may be off' },
  },
  defaults: {},
};

/** Every bundle-level rule of `govcat verify`, sorted by id (lint and diff findings keep their own rule ids). */
export const verifyRules: readonly VerifyRule<string>[] = [
  bagInfo,
  bagitDeclaration,
  bundleUnreadable,
  catalogueUnreadable,
  manifestChecksum,
  manifestFormat,
  manifestMissingFile,
  manifestUnlistedFile,
  payloadOxum,
  reviewDeadlineAuthority,
  signature,
];
