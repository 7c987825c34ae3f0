// Two files compared as versions should be versions of the same catalogue (same catalogue id).
import { text } from '../../rules/_util.js';
import { defineDiffRule } from './_define.js';

export default defineDiffRule({
  id: 'same-catalogue',
  articles: [],
  severity: 'warning',
  docs: {
    summary: { zh: '比较的两个文件应为同一目录的不同版本', en: 'The two files compared are versions of the same catalogue' },
    details: {
      zh: '版本比较按目录编号（catalogue.id）识别同一目录。两个文件的目录编号不同，说明它们可能不是同一目录的新旧版本（例如选错了文件）；比较仍照常进行，但变更列表和期限检查可能没有意义。',
      en: 'Versions are recognised by the catalogue id (catalogue.id). Two files with different ids are probably not old and new versions of one catalogue (a wrong file, say); the comparison still runs, but its change list and deadline checks may mean little.',
    },
  },
  messages: {
    different: {
      zh: '两个文件的目录编号不同（旧版“{{old}}”，新版“{{new}}”），可能不是同一目录的版本；仍逐条比较',
      en: 'the two files have different catalogue ids (old "{{old}}", new "{{new}}") and may not be versions of the same catalogue; compared anyway',
    },
  },
  defaults: {},
  examples: {
    pass: { old: 'catalogue: {version: "2026.1"}', new: 'catalogue: {version: "2026.2"}' },
    fail: { old: 'catalogue: {id: CAT-110000-SCJGJ}', new: 'catalogue: {id: CAT-110000-SWJ}' },
  },
  check(ctx) {
    const [before, after] = [text(ctx.old.header.id)?.trim(), text(ctx.new.header.id)?.trim()];
    if (before && after && before !== after) ctx.report({ messageId: 'different', path: ['catalogue', 'id'], data: { old: before, new: after } });
  },
});
