// The words a staff list may use for roles, educations and yes/no, in Swedish, Danish and
// English, each read to one code. Suppliers type these by hand, so case, spaces, '_' and '-' do
// not matter, and the code itself is always accepted.
import { EDUCATION_CODES } from '../consultant.ts';

/** The shifts of a day: day 07–15, evening 15–22, night 22–07 (the night belongs to the day it begins). */
export const SHIFTS = ['day', 'evening', 'night'] as const;
export type Shift = (typeof SHIFTS)[number];

/** Length of each shift in hours; together they make the day. */
export const SHIFT_LENGTH_HOURS: Readonly<Record<Shift, number>> = { day: 8, evening: 7, night: 9 };

export const STAFF_ROLES = [
  'manager',
  'treatment_assistant',
  'social_worker',
  'nurse',
  'night_staff',
  'other',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The consultant educations plus those of residential care staff; 'other' is anything else. */
export const STAFF_EDUCATION_CODES = [
  ...EDUCATION_CODES,
  'behandlingspedagog',
  'socialpedagog',
  'underskoterska',
  'sjukskoterska',
] as const;
export type StaffEducationCode = (typeof STAFF_EDUCATION_CODES)[number];

const ROLE_WORDS: Readonly<Record<StaffRole, readonly string[]>> = {
  manager: ['föreståndare', 'verksamhetschef', 'forstander', 'leder', 'head'],
  treatment_assistant: ['behandlingsassistent', 'behandlare', 'behandler'],
  social_worker: ['socialsekreterare', 'kurator', 'socialarbetare', 'socialrådgiver'],
  nurse: ['sjuksköterska', 'sygeplejerske'],
  night_staff: ['nattpersonal', 'nattvakt', 'nattevagt'],
  other: ['övrig', 'övrigt', 'annan', 'andet', 'anden'],
};

const EDUCATION_WORDS: Readonly<Record<StaffEducationCode, readonly string[]>> = {
  socionomexamen: ['socionom'],
  socialradgiver: ['socialrådgiver', 'socialraadgiver', 'socialrådgivare'],
  beteendevetare: ['behavioural scientist', 'behavioral scientist'],
  behandlingspedagog: ['treatment educator'],
  socialpedagog: ['pædagog', 'paedagog', 'socialpædagog', 'social educator'],
  underskoterska: ['undersköterska', 'assistant nurse'],
  sjukskoterska: ['sjuksköterska', 'sygeplejerske', 'nurse'],
  other: ['övrig', 'övrigt', 'annan', 'ingen', 'none', 'andet', 'anden'],
};

const SHIFT_WORDS: Readonly<Record<Shift, readonly string[]>> = {
  day: ['dag', 'dagpass', 'dagvagt'],
  evening: ['kväll', 'kvällspass', 'aften', 'aftenvagt'],
  night: ['natt', 'nattpass', 'nat', 'nattevagt'],
};

const YES_NO_WORDS: Readonly<Record<'yes' | 'no', readonly string[]>> = {
  yes: ['ja', 'true', '1', 'x', 'vaken', 'awake', 'vågen'],
  no: ['nej', 'false', '0', 'sovande', 'sovande jour', 'asleep', 'sleeping', 'sovende'],
};

/** How a typed word is compared: case, surrounding space, '_' and '-' do not count. */
export function wordKey(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

function reader<T extends string>(words: Readonly<Record<T, readonly string[]>>) {
  const byKey = new Map<string, T>();
  for (const [code, aliases] of Object.entries(words) as [T, readonly string[]][]) {
    for (const word of [code, ...aliases]) byKey.set(wordKey(word), code);
  }
  return (text: string): T | undefined => byKey.get(wordKey(text));
}

export const roleOf = reader(ROLE_WORDS);
/** Also reads an agreement's education codes, so 'socionom' there means 'socionomexamen'. */
export const educationOf = reader(EDUCATION_WORDS);
export const yesNoOf = reader(YES_NO_WORDS);
export const shiftOf = reader(SHIFT_WORDS);
