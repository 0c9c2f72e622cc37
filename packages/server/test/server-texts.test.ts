// Server texts say "1 row" and "2 rows" from one text: {name|one|other} picks the word by the
// language's plural rules for the number in the parameter name.
import { describe, expect, it } from 'vitest';
import { registerTexts, t } from '../src/platform/i18n.ts';
import { PERMIT_MESSAGES } from '../src/modules/suppliers/permits/messages.ts';

registerTexts(PERMIT_MESSAGES);

describe('server texts with a count', () => {
  it('agree with one and with many in sv, da and en', () => {
    expect(t('sv', 'auth.too_many_attempts', { minutes: 1 })).toMatch(/om 1 minut\.$/);
    expect(t('sv', 'auth.too_many_attempts', { minutes: 15 })).toMatch(/om 15 minuter\.$/);
    expect(t('da', 'auth.too_many_attempts', { minutes: 1 })).toMatch(/om 1 minut\.$/);
    expect(t('da', 'auth.too_many_attempts', { minutes: 15 })).toMatch(/om 15 minutter\.$/);
    expect(t('en', 'auth.too_many_attempts', { minutes: 1 })).toMatch(/in 1 minute\.$/);
    expect(t('en', 'auth.too_many_attempts', { minutes: 15 })).toMatch(/in 15 minutes\.$/);
    expect(t('en', 'permit.import.rejected', { count: 1 })).toMatch(/^1 row was rejected\./);
    expect(t('en', 'permit.import.rejected', { count: 0 })).toMatch(/^0 rows were rejected\./);
    expect(t('sv', 'permit.import.rejected', { count: 1 })).toMatch(/^1 rad avvisades\./);
    expect(t('da', 'permit.import.rejected', { count: 3 })).toMatch(/^3 rækker blev afvist\./);
  });

  it('leave a choice whose parameter is missing as it is', () => {
    expect(t('en', 'auth.too_many_attempts')).toMatch(
      /in \{minutes\} \{minutes\|minute\|minutes\}\.$/,
    );
  });
});
