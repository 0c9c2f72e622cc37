import { describe, expect, it } from 'vitest';
import {
  LEGAL_BASES,
  LEGAL_BASIS_CODES,
  isLegalBasisCode,
  legalBasesForServiceKind,
  legalBasesOf,
  legalBasisName,
} from '../../src/matching/legal-basis.ts';

describe('legal bases', () => {
  it('every code has a name in sv, da and en and at least one service kind', () => {
    expect(LEGAL_BASES.map((b) => b.code)).toEqual(LEGAL_BASIS_CODES);
    for (const basis of LEGAL_BASES) {
      for (const name of Object.values(basis.names)) expect(name.trim()).not.toBe('');
      expect(basis.serviceKinds.length).toBeGreaterThan(0);
    }
  });
  it('names a code in a language, and shows an unknown code as it is', () => {
    expect(legalBasisName('dk_sel_107', 'da')).toBe('Serviceloven § 107 (midlertidigt botilbud)');
    expect(legalBasisName('se_lss', 'sv')).toContain('LSS');
    expect(legalBasisName('aarhus_own', 'en')).toBe('aarhus_own');
    expect(isLegalBasisCode('dk_bl_32')).toBe(true);
    expect(isLegalBasisCode('dk_bl_99')).toBe(false);
  });
  it('by country and by service kind', () => {
    expect(legalBasesOf('DK').map((b) => b.code)).toEqual([
      'dk_bl_32',
      'dk_sel_85',
      'dk_sel_107',
      'dk_sel_108',
    ]);
    expect(legalBasesOf('SE').map((b) => b.code)).toEqual(['se_sol', 'se_lss']);
    expect(legalBasesForServiceKind('botilbud', 'DK').map((b) => b.code)).toEqual([
      'dk_sel_107',
      'dk_sel_108',
    ]);
    expect(legalBasesForServiceKind('hvb', 'SE').map((b) => b.code)).toEqual(['se_sol']);
    expect(legalBasesForServiceKind('open_care', 'DK').map((b) => b.code)).toEqual([
      'dk_bl_32',
      'dk_sel_85',
    ]);
  });
});
