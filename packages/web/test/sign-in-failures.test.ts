// Every reason the server can send a provider sign-in back with has its message on the sign-in
// page in Swedish, Danish and English; anything else in the address is not shown as a reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGN_IN_FAILURES } from '@tildel/domain/sign-in';
import { providerFailureOf } from '../src/features/organisations/auth/ProviderSignIn';

const I18N = join(import.meta.dirname, '..', 'src', 'i18n');

describe('reasons a provider sign-in came back', () => {
  for (const locale of ['sv', 'da', 'en']) {
    it(`are each explained in ${locale}`, () => {
      const texts = JSON.parse(readFileSync(join(I18N, `${locale}.json`), 'utf8')) as {
        login: { provider: { failure: Record<string, string> } };
      };
      expect(Object.keys(texts.login.provider.failure).sort()).toEqual(
        [...SIGN_IN_FAILURES].sort(),
      );
    });
  }

  it('are read from the address only when they are one of them', () => {
    expect(providerFailureOf('?signInError=unverified_email')).toBe('unverified_email');
    expect(providerFailureOf('?signInError=__proto__')).toBeNull();
    expect(providerFailureOf('')).toBeNull();
  });
});
