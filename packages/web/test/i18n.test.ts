// Every UI text exists in Swedish, Danish and English: the shared texts and each feature's own,
// with the same keys, none empty, and no feature overwriting another's or the shared top level.
// A text that interpolates {{count}} comes as i18next plural forms (key_one, key_other), so that
// t(key, { count }) never shows "1 months".
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
const LOCALES = ['sv', 'da', 'en'] as const;

type Texts = { [key: string]: string | Texts };

function read(path: string): Texts {
  return JSON.parse(readFileSync(path, 'utf8')) as Texts;
}

function leaves(texts: Texts, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(texts)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const sets: { name: string; dir: string }[] = [
  { name: 'shared', dir: join(SRC, 'i18n') },
  ...readdirSync(join(SRC, 'features')).flatMap((area) =>
    readdirSync(join(SRC, 'features', area))
      .filter((part) => existsSync(join(SRC, 'features', area, part, 'i18n')))
      .map((part) => ({
        name: `${area}/${part}`,
        dir: join(SRC, 'features', area, part, 'i18n'),
      })),
  ),
];

describe('UI texts', () => {
  for (const set of sets) {
    it(`${set.name}: the same keys in sv, da and en, none empty`, () => {
      const [first, ...rest] = LOCALES.map((l) => leaves(read(join(set.dir, `${l}.json`))));
      for (const other of rest) expect([...other.keys()].sort()).toEqual([...first!.keys()].sort());
      for (const texts of [first!, ...rest])
        for (const [key, value] of texts) expect(value.trim(), key).not.toBe('');
    });
  }

  for (const set of sets) {
    it(`${set.name}: every text with {{count}} has its plural forms (_one, _other) in sv, da and en`, () => {
      const plural = /_(one|other)$/;
      const pluralKeys = LOCALES.map((locale) => {
        const texts = leaves(read(join(set.dir, `${locale}.json`)));
        for (const [key, value] of texts) {
          if (value.includes('{{count}}'))
            expect(
              key,
              `${locale}: ${key} interpolates {{count}} but is not a plural form`,
            ).toMatch(plural);
          const match = plural.exec(key);
          if (match) {
            const base = key.slice(0, match.index);
            for (const form of ['one', 'other'])
              expect(texts.has(`${base}_${form}`), `${locale}: ${base}_${form}`).toBe(true);
            expect(texts.has(base), `${locale}: ${base} besides its plural forms`).toBe(false);
          }
        }
        return [...texts.keys()].filter((key) => plural.test(key)).sort();
      });
      for (const keys of pluralKeys.slice(1)) expect(keys).toEqual(pluralKeys[0]);
    });
  }

  it('no two text sets claim the same top-level key', () => {
    const owner = new Map<string, string>();
    for (const set of sets) {
      for (const key of Object.keys(read(join(set.dir, 'en.json')))) {
        expect(owner.get(key), `${key} in ${set.name}`).toBeUndefined();
        owner.set(key, set.name);
      }
    }
  });
});
