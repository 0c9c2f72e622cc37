// Identifiers of legal entities: Swedish organisationsnummer (Luhn check digit) and Danish CVR
// (modulus 11), and a detector for personal identity numbers that must never reach suppliers.
import type { Country } from './country.ts';

export type IdentifierResult<Reason extends string> =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: Reason };

export type OrganisationsnummerReason = 'format' | 'check_digit' | 'not_legal_entity';
export type CvrReason = 'format' | 'check_digit';
export type OrgIdScheme = 'SE-BLV' | 'DK-CVR';

// ---- Luhn (Swedish numbers) -------------------------------------------------------------------

function requireDigits(digits: string, what: string): void {
  if (!/^\d+$/.test(digits)) throw new RangeError(`${what} must be digits only`);
}

/** The Luhn (modulus 10) digit to append to digits. */
export function luhnCheckDigit(digits: string): number {
  requireDigits(digits, 'Digits');
  let sum = 0;
  // The rightmost given digit is doubled, since the check digit will stand to its right.
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether the last digit is the Luhn check digit of the others. */
export function luhnIsValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  return luhnCheckDigit(digits.slice(0, -1)) === Number(digits.slice(-1));
}

// ---- Swedish organisationsnummer --------------------------------------------------------------

/**
 * Parses a Swedish organisationsnummer: "NNNNNN-NNNN", "NNNNNNNNNN", or either with the "16"
 * century-style prefix used in some registers. The third digit is 2 or more for legal entities;
 * a lower one makes it a month, i.e. a personnummer, which is refused here.
 */
export function parseOrganisationsnummer(
  text: string,
): IdentifierResult<OrganisationsnummerReason> {
  const match = /^(?:16)?(\d{6})-?(\d{4})$/.exec(text.trim());
  if (!match) return { ok: false, reason: 'format' };
  const digits = `${match[1]}${match[2]}`;
  // A wrong check digit is the likelier typo, so it is reported before the entity test.
  if (!luhnIsValid(digits)) return { ok: false, reason: 'check_digit' };
  if (Number(digits[2]) < 2) return { ok: false, reason: 'not_legal_entity' };
  return { ok: true, value: `${digits.slice(0, 6)}-${digits.slice(6)}` };
}

/** Demo data: completes nine digits with the Luhn digit, as 'NNNNNN-NNNN'. */
export function organisationsnummerWithCheckDigit(first9: string): string {
  if (!/^\d{9}$/.test(first9)) throw new RangeError('Expected nine digits');
  if (Number(first9[2]) < 2) {
    throw new RangeError('The third digit must be 2 or more for a legal entity');
  }
  const digits = `${first9}${luhnCheckDigit(first9)}`;
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

// ---- Danish CVR -------------------------------------------------------------------------------

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

function cvrWeightedSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += Number(digits[i]) * (CVR_WEIGHTS[i] ?? 0);
  return sum;
}

/** Eight digits, the first not 0, whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11. */
export function cvrIsValid(text: string): boolean {
  return /^[1-9]\d{7}$/.test(text) && cvrWeightedSum(text) % 11 === 0;
}

/** Parses a CVR number, allowing spaces and a "DK" prefix (the VAT form), to 'NNNNNNNN'. */
export function parseCvr(text: string): IdentifierResult<CvrReason> {
  const compact = text.replace(/\s+/g, '').replace(/^DK-?/i, '');
  if (!/^[1-9]\d{7}$/.test(compact)) return { ok: false, reason: 'format' };
  if (!cvrIsValid(compact)) return { ok: false, reason: 'check_digit' };
  return { ok: true, value: compact };
}

/**
 * Demo data: the CVR number starting with these seven digits, or null where none exists — when
 * the weighted sum needs a check "digit" of 10, no number with that prefix passes modulus 11.
 */
export function cvrFromFirst7(first7: string): string | null {
  if (!/^[1-9]\d{6}$/.test(first7)) throw new RangeError('Expected seven digits, the first not 0');
  const check = (11 - (cvrWeightedSum(first7) % 11)) % 11;
  return check === 10 ? null : `${first7}${check}`;
}

// ---- EAN/GLN (GS1 location numbers) ----------------------------------------------------------

/** The GS1 check digit of 12 digits: weights 3 and 1 alternating from the right. */
function gs1CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < first12.length; i += 1) {
    sum += Number(first12[first12.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** A 13-digit EAN/GLN location number (Danish public e-invoicing) from its first 12 digits. */
export function glnWithCheckDigit(first12: string): string {
  if (!/^\d{12}$/.test(first12)) throw new RangeError('Expected twelve digits');
  return `${first12}${gs1CheckDigit(first12)}`;
}

/** Whether text is a 13-digit EAN/GLN with a valid check digit. */
export function glnIsValid(text: string): boolean {
  return /^\d{13}$/.test(text) && gs1CheckDigit(text.slice(0, 12)) === Number(text[12]);
}

// ---- by country -------------------------------------------------------------------------------

export function parseOrganisationIdentifier(
  text: string,
  country: Country,
): IdentifierResult<OrganisationsnummerReason | CvrReason> {
  switch (country) {
    case 'SE':
      return parseOrganisationsnummer(text);
    case 'DK':
      return parseCvr(text);
    default:
      throw new RangeError(`Unknown country ${String(country)}`);
  }
}

/** The org-id.guide scheme used for supplier identifiers in OCDS exports. */
export function orgIdScheme(country: Country): OrgIdScheme {
  switch (country) {
    case 'SE':
      return 'SE-BLV';
    case 'DK':
      return 'DK-CVR';
    default:
      throw new RangeError(`Unknown country ${String(country)}`);
  }
}

// ---- personal identity numbers in free text ---------------------------------------------------

export type PersonalIdentityNumberKind = 'SE-personnummer' | 'DK-CPR';

export type PersonalIdentityNumberMatch = {
  readonly kind: PersonalIdentityNumberKind;
  readonly start: number;
  readonly end: number;
};

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Whether year/month/day can be a birth date. With only two year digits the century is unknown,
 * so 29 February passes for any two digits divisible by four (a leap year in some century).
 */
function isBirthDate(year: string, month: number, day: number): boolean {
  const maxDay = DAYS_IN_MONTH[month - 1];
  if (maxDay === undefined || day < 1 || day > maxDay) return false;
  if (month !== 2 || day !== 29) return true;
  const y = Number(year);
  return year.length === 2 ? y % 4 === 0 : y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

// Digits not glued to other digits, so a long reference number is not read as a personal one.
// The serial may follow a hyphen, a plus (Swedes aged 100+), an en dash or a space.
const SWEDISH = /(?<!\d)(\d{2})?(\d{2})(\d{2})(\d{2})[-+\u2013 ]?(\d{4})(?!\d)/g;
const DANISH = /(?<!\d)(\d{2})(\d{2})(\d{2})[-\u2013 ]?(\d{4})(?!\d)/g;

/**
 * Finds what looks like a Swedish personnummer or samordningsnummer (YYMMDD-NNNN or
 * YYYYMMDD-NNNN, a valid date — day + 60 for samordningsnummer — and a valid Luhn digit) or a
 * Danish CPR number (DDMMYY-NNNN with a valid date; CPR has had no check digit since 2007). It
 * errs on the side of finding: a ten-digit phone number with a date-like start is also reported,
 * which is acceptable where the text must not identify a person.
 */
export function findPersonalIdentityNumbers(text: string): PersonalIdentityNumberMatch[] {
  const found: PersonalIdentityNumberMatch[] = [];
  for (const m of text.matchAll(SWEDISH)) {
    const [whole, century, yy = '', mm = '', dd = '', serial = ''] = m;
    if (century !== undefined && !['18', '19', '20'].includes(century)) continue;
    const day = Number(dd) > 60 ? Number(dd) - 60 : Number(dd);
    if (!isBirthDate(`${century ?? ''}${yy}`, Number(mm), day)) continue;
    if (!luhnIsValid(`${yy}${mm}${dd}${serial}`)) continue;
    found.push({ kind: 'SE-personnummer', start: m.index, end: m.index + whole.length });
  }
  for (const m of text.matchAll(DANISH)) {
    const [whole, dd = '', mm = '', yy = ''] = m;
    if (!isBirthDate(yy, Number(mm), Number(dd))) continue;
    found.push({ kind: 'DK-CPR', start: m.index, end: m.index + whole.length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** True when free text contains something shaped like a personal identity number. */
export function looksLikePersonalIdentityNumber(text: string): boolean {
  return findPersonalIdentityNumbers(text).length > 0;
}
