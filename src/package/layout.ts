// The submission package layout (a BagIt 1.0 bag, RFC 8493): shared by `govcat package` and `govcat verify`.

export const BAGIT_TXT = 'bagit.txt';
export const BAG_INFO_TXT = 'bag-info.txt';
export const MANIFEST = 'manifest-sha256.txt';
export const TAG_MANIFEST = 'tagmanifest-sha256.txt';
/** Detached Ed25519 signature over the exact bytes of the tag manifest; not listed in it, since it signs it. */
export const SIGNATURE = 'govcat-signature.txt';

export const PAYLOAD = {
  catalogue: 'data/catalogue.yaml',
  normalized: 'data/catalogue.json',
  lintReport: 'data/lint-report.json',
  previous: 'data/previous/catalogue.yaml',
  diffReport: 'data/diff-report.json',
  attachments: 'data/attachments/',
} as const;

/** bag-info.txt labels govcat writes besides the RFC's reserved ones. */
export const LABELS = {
  profile: 'Govcat-Profile',
  toolVersion: 'Govcat-Version',
  lintStatus: 'Govcat-Lint-Status',
  lintErrors: 'Govcat-Lint-Errors',
  lintWarnings: 'Govcat-Lint-Warnings',
  allowErrors: 'Govcat-Allow-Errors',
  catalogueId: 'Govcat-Catalogue-Id',
  catalogueVersion: 'Govcat-Catalogue-Version',
  departmentCode: 'Govcat-Department-Code',
  submittedAt: 'Govcat-Submitted-At',
  signingKey: 'Govcat-Signing-Key',
} as const;

export const BAGIT_TXT_CONTENT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
