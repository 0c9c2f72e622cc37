import { describe, expect, it } from 'vitest';
import {
  cvrFromFirst7,
  cvrIsValid,
  findPersonalIdentityNumbers,
  looksLikePersonalIdentityNumber,
  luhnCheckDigit,
  luhnIsValid,
  organisationsnummerWithCheckDigit,
  orgIdScheme,
  parseCvr,
  parseOrganisationIdentifier,
  parseOrganisationsnummer,
} from '../src/identifiers.ts';

// Published numbers of real legal entities.
const SWEDISH = {
  'Kristianstads kommun': '212000-0951',
  'Malmö stad': '212000-1124',
  'AB Volvo': '556012-5790',
};
const DANISH = {
  'Novo Nordisk A/S': '24256790',
  'Carlsberg A/S': '61056416',
  'A.P. Møller - Mærsk A/S': '22756214',
  'Danske Bank A/S': '61126228',
};

/** Luhn written out independently of the code under test: double every second digit from the right. */
function luhnByHand(digits: string): boolean {
  const sum = [...digits]
    .reverse()
    .map(Number)
    .map((d, i) => (i % 2 === 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d))
    .reduce((a, b) => a + b, 0);
  return sum % 10 === 0;
}

/** Modulus 11 written out: weights 2 7 6 5 4 3 2 1. */
function mod11ByHand(digits: string): boolean {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  return [...digits].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0) % 11 === 0;
}

/** Every number with one digit replaced by another. */
function oneDigitChanged(digits: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < digits.length; i += 1) {
    for (let d = 0; d <= 9; d += 1) {
      if (String(d) !== digits[i]) out.push(`${digits.slice(0, i)}${d}${digits.slice(i + 1)}`);
    }
  }
  return out;
}

/** Every number with two different neighbouring digits swapped, except 0/9 pairs if asked. */
function neighboursSwapped(digits: string, skipZeroNine: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < digits.length; i += 1) {
    const a = digits[i] ?? '';
    const b = digits[i + 1] ?? '';
    if (a === b || (skipZeroNine && a + b === '09') || (skipZeroNine && a + b === '90')) continue;
    out.push(`${digits.slice(0, i)}${b}${a}${digits.slice(i + 2)}`);
  }
  return out;
}

describe('the Luhn check digit', () => {
  it('completes 212000095 with 1 and 556012579 with 0', () => {
    expect(luhnCheckDigit('212000095')).toBe(1);
    expect(luhnCheckDigit('556012579')).toBe(0);
  });

  it('agrees with Luhn worked by hand on many numbers', () => {
    for (let n = 100000000; n < 100000000 + 2000 * 4999; n += 4999) {
      const first9 = String(n);
      const full = `${first9}${luhnCheckDigit(first9)}`;
      expect(luhnByHand(full)).toBe(true);
      expect(luhnIsValid(full)).toBe(true);
    }
  });

  it('refuses what is not digits', () => {
    expect(() => luhnCheckDigit('12a')).toThrow(RangeError);
    expect(luhnIsValid('')).toBe(false);
    expect(luhnIsValid('12-3')).toBe(false);
  });
});

describe('a Swedish organisationsnummer', () => {
  it.each(Object.entries(SWEDISH))(
    'accepts %s, %s (its Luhn digit checks by hand)',
    (_name, number) => {
      expect(luhnByHand(number.replace('-', ''))).toBe(true);
      expect(parseOrganisationsnummer(number)).toEqual({ ok: true, value: number });
    },
  );

  it('accepts it without the hyphen, with the 16 prefix, and with spaces around', () => {
    for (const text of ['5560125790', '16556012-5790', '165560125790', '  556012-5790 ']) {
      expect(parseOrganisationsnummer(text)).toEqual({ ok: true, value: '556012-5790' });
    }
  });

  it('rejects every one-digit change of the real numbers', () => {
    for (const number of Object.values(SWEDISH)) {
      for (const changed of oneDigitChanged(number.replace('-', ''))) {
        expect(parseOrganisationsnummer(changed).ok, changed).toBe(false);
      }
    }
  });

  it('rejects swapped neighbouring digits (but Luhn cannot see a 0 and 9 swapped)', () => {
    for (const number of Object.values(SWEDISH)) {
      const swaps = neighboursSwapped(number.replace('-', ''), true);
      expect(swaps.length).toBeGreaterThan(3);
      for (const swapped of swaps)
        expect(parseOrganisationsnummer(swapped).ok, swapped).toBe(false);
    }
  });

  it('reports a wrong check digit as such', () => {
    expect(parseOrganisationsnummer('556012-5791')).toEqual({ ok: false, reason: 'check_digit' });
  });

  it('rejects wrong lengths and shapes as format', () => {
    for (const text of [
      '556012-579',
      '556012-57900',
      '55601-25790',
      '556012--5790',
      '17556012-5790',
      'abc',
      '',
    ]) {
      expect(parseOrganisationsnummer(text)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('rejects a personnummer (third digit below 2) as not a legal entity', () => {
    // 121212-1212 is Skatteverket's test personnummer; its Luhn digit is right.
    expect(luhnByHand('1212121212')).toBe(true);
    expect(parseOrganisationsnummer('121212-1212')).toEqual({
      ok: false,
      reason: 'not_legal_entity',
    });
  });

  it('is made for demo data from nine digits, never shaped like a personnummer', () => {
    expect(organisationsnummerWithCheckDigit('556012579')).toBe('556012-5790');
    expect(organisationsnummerWithCheckDigit('212000112')).toBe('212000-1124');
    const made = organisationsnummerWithCheckDigit('559900001');
    expect(parseOrganisationsnummer(made).ok).toBe(true);
    expect(() => organisationsnummerWithCheckDigit('121212121')).toThrow(RangeError);
    expect(() => organisationsnummerWithCheckDigit('55601257')).toThrow(RangeError);
  });
});

describe('a Danish CVR number', () => {
  it.each(Object.entries(DANISH))('accepts %s, %s (modulus 11 checks by hand)', (_name, number) => {
    expect(mod11ByHand(number)).toBe(true);
    expect(cvrIsValid(number)).toBe(true);
    expect(parseCvr(number)).toEqual({ ok: true, value: number });
  });

  it('accepts spaces and the DK prefix of the VAT form', () => {
    for (const text of ['24 25 67 90', 'DK24256790', 'DK-24256790', 'dk 24256790']) {
      expect(parseCvr(text)).toEqual({ ok: true, value: '24256790' });
    }
  });

  it('rejects every one-digit change and every neighbour swap of the real numbers', () => {
    for (const number of Object.values(DANISH)) {
      for (const changed of [...oneDigitChanged(number), ...neighboursSwapped(number, false)]) {
        expect(parseCvr(changed).ok, changed).toBe(false);
        expect(cvrIsValid(changed)).toBe(false);
      }
    }
  });

  it('reports the reason: check digit, or format for a leading 0 or a wrong length', () => {
    expect(parseCvr('24256791')).toEqual({ ok: false, reason: 'check_digit' });
    for (const text of ['04256790', '2425679', '242567900', '2425-6790', 'CVR 24256790']) {
      expect(parseCvr(text)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('is made for demo data from seven digits, or null where modulus 11 leaves no digit', () => {
    expect(cvrFromFirst7('2425679')).toBe('24256790');
    expect(cvrFromFirst7('6105641')).toBe('61056416');
    // 1000005: weighted sum 2·1 + 2·5 = 12 ≡ 1 (mod 11) would need a check digit of 10.
    expect(cvrFromFirst7('1000005')).toBeNull();
    for (let d = 0; d <= 9; d += 1) expect(cvrIsValid(`1000005${d}`)).toBe(false);
    expect(() => cvrFromFirst7('0123456')).toThrow(RangeError);
  });
});

describe('an organisation identifier by country', () => {
  it('reads Swedish numbers in SE and CVR numbers in DK', () => {
    expect(parseOrganisationIdentifier('212000-1124', 'SE')).toEqual({
      ok: true,
      value: '212000-1124',
    });
    expect(parseOrganisationIdentifier('61126228', 'DK')).toEqual({ ok: true, value: '61126228' });
    expect(parseOrganisationIdentifier('61126228', 'SE')).toEqual({ ok: false, reason: 'format' });
    expect(parseOrganisationIdentifier('212000-1124', 'DK')).toEqual({
      ok: false,
      reason: 'format',
    });
  });

  it('names the OCDS org-id scheme', () => {
    expect(orgIdScheme('SE')).toBe('SE-BLV');
    expect(orgIdScheme('DK')).toBe('DK-CVR');
  });
});

describe('free text must not carry a personal identity number', () => {
  it.each([
    ['a Swedish personnummer', 'Flickan, född 121212-1212, behöver boende.'],
    ['a personnummer with a 12-digit year', 'pnr 19121212-1212'],
    ['a personnummer without hyphen', 'pnr 1212121212 ok'],
    ['a personnummer of someone over 100', '121212+1212'],
    ['a samordningsnummer (day + 60)', 'samordningsnr 850769-1239'],
    ['a Danish CPR number', 'CPR 010203-1234, bor i Odense'],
    ['a CPR number born 29 February 2000', '290200-1235'],
    ['a ten-digit phone number that reads as a CPR date', 'ring 0701234567'],
  ])('finds %s', (_what, text) => {
    expect(looksLikePersonalIdentityNumber(text)).toBe(true);
  });

  it.each([
    ['organisationsnummer', 'Leverantör 556012-5790, Kristianstads kommun 212000-0951'],
    ['a CVR number', 'CVR 24256790'],
    ['a date and an amount', 'Från 2026-12-17, 1 234,50 kr per dygn'],
    ['a phone number in groups', 'Tel 070-123 45 67'],
    ['a long reference glued to other digits', 'ref 4412121212121299'],
    ['an impossible date', '851301-1234 and 310299-1234'],
    ['29 February in a year that was no leap year', '290201-1235'],
    ['a personnummer with a wrong Luhn digit and a month above 12 as CPR', '850709-1233'],
    ['a 12-digit number with an impossible century', '21121212-1212'],
  ])('leaves %s alone', (_what, text) => {
    expect(findPersonalIdentityNumbers(text)).toEqual([]);
  });

  it('tells where and what it found', () => {
    // 010203-1235 fails Luhn, so it is found only as a CPR number.
    const text = 'Ärende 850709-1232 och CPR 010203-1235.';
    expect(findPersonalIdentityNumbers(text)).toEqual([
      { kind: 'SE-personnummer', start: 7, end: 18 },
      { kind: 'DK-CPR', start: 27, end: 38 },
    ]);
  });
});
