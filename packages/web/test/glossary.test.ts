// The glossary: every term has its name, definition and place in Tildel in Swedish, Danish and
// English, its Swedish and Danish words, a group that exists, and an anchor id that is safe in an
// address. The texts list no term that the id list lacks, so no entry is orphaned.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_TERM_IDS, glossaryHref } from '../src/lib/glossary';
import { GLOSSARY_GROUPS, TERM_WORDS } from '../src/features/organisations/glossary/terms';

const LOCALES = ['sv', 'da', 'en'] as const;
const DIR = join(import.meta.dirname, '..', 'src', 'features', 'organisations', 'glossary', 'i18n');

interface GlossaryTexts {
  glossary: {
    groups: Record<string, string>;
    terms: Record<string, Record<string, string>>;
  };
}

const texts = Object.fromEntries(
  LOCALES.map((l) => [
    l,
    (JSON.parse(readFileSync(join(DIR, `${l}.json`), 'utf8')) as GlossaryTexts).glossary,
  ]),
) as Record<(typeof LOCALES)[number], GlossaryTexts['glossary']>;

describe('the glossary', () => {
  it('has between 20 and 40 terms, each id unique and usable as an anchor', () => {
    expect(GLOSSARY_TERM_IDS.length).toBeGreaterThanOrEqual(20);
    expect(GLOSSARY_TERM_IDS.length).toBeLessThanOrEqual(40);
    expect(new Set(GLOSSARY_TERM_IDS).size).toBe(GLOSSARY_TERM_IDS.length);
    for (const id of GLOSSARY_TERM_IDS) {
      expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(glossaryHref(id)).toBe(`/glossary#${id}`);
    }
  });

  for (const locale of LOCALES) {
    it(`${locale}: every term has a name, a definition and where it appears, and no more terms`, () => {
      const terms = texts[locale].terms;
      expect(Object.keys(terms).sort()).toEqual([...GLOSSARY_TERM_IDS].sort());
      for (const id of GLOSSARY_TERM_IDS) {
        for (const field of ['name', 'definition', 'where']) {
          expect(terms[id]?.[field]?.trim(), `${locale} ${id}.${field}`).toBeTruthy();
        }
        // A definition is a sentence or more, not a repetition of the name.
        expect(terms[id]!.definition!.length, `${locale} ${id}`).toBeGreaterThan(40);
      }
    });

    it(`${locale}: every group has a heading`, () => {
      for (const group of GLOSSARY_GROUPS) expect(texts[locale].groups[group]?.trim()).toBeTruthy();
    });
  }

  it('names each term differently within a language, so the index reads unambiguously', () => {
    for (const locale of LOCALES) {
      const names = GLOSSARY_TERM_IDS.map((id) => texts[locale].terms[id]!.name);
      expect(new Set(names).size, locale).toBe(names.length);
    }
  });

  it('shows each term in Swedish and Danish, or says which language has no equivalent', () => {
    expect(Object.keys(TERM_WORDS).sort()).toEqual([...GLOSSARY_TERM_IDS].sort());
    for (const id of GLOSSARY_TERM_IDS) {
      const words = TERM_WORDS[id];
      expect(GLOSSARY_GROUPS).toContain(words.group);
      expect(words.sv !== null || words.da !== null, id).toBe(true);
      for (const word of [words.sv, words.da]) if (word !== null) expect(word.trim()).not.toBe('');
    }
  });
});
