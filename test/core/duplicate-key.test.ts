// A key written twice in one mapping: the message names the key (and its lines), in both languages.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { loadYaml } from '../../src/core/load.js';
import { parseStrict } from '../../src/authoring/yaml-strict.js';

function refusal(text: string, read: (t: string) => unknown = (t) => loadYaml(t, 'd.yaml')): InputError {
  try {
    read(text);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('accepted');
}

describe('duplicate keys', () => {
  it.each([
    ['on two lines', 'catalogue:\n  id: a\n  region: "110000"\n  id: b\n', 'd.yaml:4:3', '重复的键“id”：第 2 行和第 4 行在同一层都写了它', 'the key "id" is written twice in one mapping, on lines 2 and 4'],
    ['on one line', 'catalogue: {id: 1, "id": 2}\n', 'd.yaml:1:20', '重复的键“id”：第 1 行的同一个映射里写了两次', 'the key "id" is written twice in one mapping on line 1'],
    ['in Chinese', '目录编号: 1\n"目录编号": 2\n', 'd.yaml:2:1', '重复的键“目录编号”：第 1 行和第 2 行', 'the key "目录编号" is written twice'],
    ['through an alias', 'a: &k id\ncatalogue:\n  id: 1\n  *k : 2\n', 'd.yaml:4:4', '重复的键“*k”：同一层里这个键已经写过', 'the key "*k" is written twice in one mapping'],
  ])('%s', (_, text, at, zh, en) => {
    const e = refusal(text);
    expect(e.render('zh')).toContain(`${at}: YAML 语法错误：${zh}`);
    expect(e.render('en')).toContain(`${at}: YAML syntax error: ${en}`);
  });

  it('the strict reader fmt and convert use names the key too', () => {
    const e = refusal('a: 1\nb: 2\na: 3\n', (t) => parseStrict(t, 'd.yaml'));
    expect(e.render('zh')).toContain('重复的键“a”');
    expect(e.render('en')).toContain('the key "a" is written twice');
  });
});
