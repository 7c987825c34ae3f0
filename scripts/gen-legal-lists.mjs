// Compiles the shipped lists of instruments in force (law/lists/*.json) into a module, so the classifier reads no files.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LEVELS = new Set(['law', 'npc_decision', 'administrative_regulation', 'state_council_decision']);

export function generateLegalLists(root) {
  const dir = join(root, 'law/lists');
  const lists = [];
  const items = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const file = join(dir, name);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    if (!LEVELS.has(data.level) || !Array.isArray(data.items) || !Array.isArray(data.sources) || !/^\d{4}-\d{2}-\d{2}$/.test(data.asOf ?? '')) {
      throw new Error(`${file}: expected {level, asOf, sources[], items[]} with level one of ${[...LEVELS].join(', ')}`);
    }
    if (data.count !== data.items.length) throw new Error(`${file}: count ${data.count} but ${data.items.length} items`);
    const index = lists.length;
    lists.push({ list: data.list, level: data.level, title: data.title, asOf: data.asOf, sources: data.sources.map(({ name, url, commit, date }) => ({ name, url, commit, date })), count: data.count });
    for (const item of data.items) {
      if (typeof item.title !== 'string' || !item.title.trim()) throw new Error(`${file}: an item without a title`);
      items.push([index, item.title]);
    }
  }
  const code = `export default ${JSON.stringify({ lists, items })};\n`;
  for (const out of ['src/generated', 'dist/generated']) {
    mkdirSync(join(root, out), { recursive: true });
    writeFileSync(join(root, out, 'legal-lists.js'), code);
  }
}
