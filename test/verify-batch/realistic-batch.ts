// Test helper: a batch as the authority receives it — several departments, most bundles fine, the failed ones failing
// for many different reasons (BagIt fixity, bag-info, the catalogue's own rules).
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asDepartment, makeBag } from './make-bag.js';

/**
 * Writes the batch's 14 bags under `dir`; returns how many pass and fail. Every department submits the sample's entries,
 * so each bundle also draws 20 one-data-one-source warnings: many more warnings than errors, as in a real first round.
 */
export function writeRealisticBatch(dir: string): { passed: number; failed: number } {
  const dept = (name: string, code17: string, id: string) => asDepartment(name, code17, id);
  // Fine as sent, or with warnings and notes only; 01 fails only because 12 submits the same catalogue version again.
  makeBag(dir, '01-市场监管局-2026.2');
  makeBag(dir, '02-民政局-2026.1', { replace: dept('北京市民政局', '11110000000013728', 'CAT-110000-MZJ') });
  makeBag(dir, '03-交通委-2026.1', { replace: [...dept('北京市交通委员会', '11110000000018465', 'CAT-110000-JTW'), [/  - id: SCJG-0001\n/, '  - id: SCJG-0001\n    remarks: 备注\n']] });
  makeBag(dir, '04-卫健委-2026.1', { replace: dept('北京市卫生健康委员会', '11110000000021587', 'CAT-110000-WJW') });
  // Failed: tampered payload, no approval, placeholder and bad dates, no bag-info.txt, an unlisted file, bad share types,
  // a BagIt 2.0 declaration, a manifest line for a missing file, a wrong Payload-Oxum with a bad credit code.
  makeBag(dir, '05-公安局-2026.1', {
    replace: dept('北京市公安局', '11110000000019374', 'CAT-110000-GAJ'),
    after: (root) => appendFileSync(join(root, 'data', 'catalogue.yaml'), '# changed after bagging\n'),
  });
  makeBag(dir, '06-教委-2026.1', { replace: [...dept('北京市教育委员会', '11110000000016152', 'CAT-110000-JW'), [/  approval:\n    approver: 王建国\n    title: 局长\n    date: 2026-03-04\n/, '']] });
  makeBag(dir, '07-人社局-2026.1', {
    replace: [...dept('北京市人力资源和社会保障局', '11110000000017411', 'CAT-110000-RSJ'), [/summary: 本市企业、农民专业合作社[^\n]*/, 'summary: 待定'], [/compiled_at: 2026-03-02/, 'compiled_at: 2026-02-30'], [/region: "110000"/, 'region: "119999"']],
  });
  makeBag(dir, '08-财政局-2026.1', {
    replace: dept('北京市财政局', '11110000000014411', 'CAT-110000-CZJ'),
    after: (root) => rmSync(join(root, 'bag-info.txt')),
  });
  makeBag(dir, '09-住建委-2026.1', {
    replace: dept('北京市住房和城乡建设委员会', '11110000000012345', 'CAT-110000-ZJW'),
    after: (root) => writeFileSync(join(root, 'data', '附件-未列入清单.pdf'), 'x'),
  });
  makeBag(dir, '10-生态环境局-2026.1', {
    replace: [...dept('北京市生态环境局', '11110000000011111', 'CAT-110000-HBJ'), [/share_type: unconditional/g, 'share_type: open'], [/update_frequency: daily/, 'update_frequency: 每两年']],
  });
  makeBag(dir, '11-规划自然资源委-2026.1', {
    replace: dept('北京市规划和自然资源委员会', '11110000000015555', 'CAT-110000-GHW'),
    after: (root) => writeFileSync(join(root, 'bagit.txt'), 'BagIt-Version: 2.0\nTag-File-Character-Encoding: UTF-8\n'),
  });
  makeBag(dir, '12-市场监管局-2026.2-重报', {
    after: (root) => appendFileSync(join(root, 'manifest-sha256.txt'), `${'0'.repeat(64)}  data/attachments/评估报告.pdf\n`),
  });
  makeBag(dir, '13-水务局-2026.1', {
    replace: [...dept('北京市水务局', '11110000000013333', 'CAT-110000-SWJ'), [/code: "11110000000013333."/, 'code: "91110000000013333X"']],
    info: { 'Payload-Oxum': '1.1' },
  });
  makeBag(dir, '14-文旅局-2026.1', { replace: dept('北京市文化和旅游局', '11110000000017777', 'CAT-110000-WLJ') });
  return { passed: 4, failed: 10 };
}
