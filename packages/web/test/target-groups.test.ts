// Target groups travel as codes (children_0_12, dk_families); every page shows their names. A
// Danish offer shown to a Swedish reader, or a Swedish one to a Danish reader, is named too.
import { describe, expect, it } from 'vitest';
import { DANISH_DEFAULT_TARGET_GROUPS, DEFAULT_TARGET_GROUPS } from '@tildel/domain/taxonomy';
import { targetGroupLabel } from '../src/lib/target-groups';
import { LOCALES } from '../src/lib/types';

describe('targetGroupLabel', () => {
  it('names every default target group of either country in every language, never by code', () => {
    for (const group of [...DEFAULT_TARGET_GROUPS, ...DANISH_DEFAULT_TARGET_GROUPS]) {
      for (const locale of LOCALES) {
        const label = targetGroupLabel(group.code, locale);
        expect(label).not.toBe(group.code);
        expect(label).not.toMatch(/_/);
      }
    }
    expect(targetGroupLabel('dk_families', 'sv')).toBe('Familjer med behov av stöd');
    expect(targetGroupLabel('children_0_12', 'da')).toBe('Børn 0–12 år');
  });

  it('prefers the body’s own name and falls back to the code only for an unknown group', () => {
    const known = [{ code: 'dk_families', names: { sv: 'A', da: 'Familier', en: 'B' } }];
    expect(targetGroupLabel('dk_families', 'da', known)).toBe('Familier');
    expect(targetGroupLabel('own_group', 'en', known)).toBe('own_group');
  });
});
