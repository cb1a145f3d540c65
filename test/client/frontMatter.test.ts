import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isIsoDay } from '../../server/src/shared/dates';
import { setFrontMatterDate } from '../../client/src/frontMatter';

const apply = (text: string, date: string) => {
  const { start, end, newText } = setFrontMatterDate(text, date);
  return text.slice(0, start) + newText + text.slice(end);
};

describe('setting the front matter date', () => {
  test('replaces the value of an existing date key', () => {
    assert.equal(apply('---\ntitle: Calls\ndate: 2022-10-21\n---\n\nText.\n', '2022-10-22'), '---\ntitle: Calls\ndate: 2022-10-22\n---\n\nText.\n');
  });

  test('keeps the quotes around a quoted date', () => {
    assert.equal(apply('---\ndate: "2022-10-21T09:00:00Z"\n---\nText.\n', '2022-10-22'), '---\ndate: "2022-10-22"\n---\nText.\n');
  });

  test('adds the key to front matter that has none', () => {
    assert.equal(apply('---\ntitle: Calls\n---\n\nText.\n', '2022-10-22'), '---\ntitle: Calls\ndate: 2022-10-22\n---\n\nText.\n');
  });

  test('adds front matter to a draft that has none, with its line endings', () => {
    assert.equal(apply('# Calls\r\n\r\nText.\r\n', '2022-10-22'), '---\r\ndate: 2022-10-22\r\n---\r\n\r\n# Calls\r\n\r\nText.\r\n');
  });

  test('leaves a nested date key alone', () => {
    assert.equal(apply('---\nsource:\n  date: 2020-01-01\n---\n', '2022-10-22'), '---\nsource:\n  date: 2020-01-01\ndate: 2022-10-22\n---\n');
  });

  test('treats a lone opening rule as text, not front matter', () => {
    assert.equal(apply('---\nA draft with a rule\n', '2022-10-22'), '---\ndate: 2022-10-22\n---\n\n---\nA draft with a rule\n');
  });
});

describe('reference dates typed by the writer', () => {
  test('are real days written YYYY-MM-DD', () => {
    assert.ok(isIsoDay('2024-02-29'));
    assert.ok(!isIsoDay('2023-02-29'));
    assert.ok(!isIsoDay('2022-10-2'));
    assert.ok(!isIsoDay('October 22, 2022'));
  });
});
