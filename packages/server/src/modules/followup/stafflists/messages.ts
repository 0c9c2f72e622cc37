// Server texts of the stafflists area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const STAFF_LIST_MESSAGES = {
  'staff_list.agreement_unknown': {
    sv: 'Ramavtalet finns inte bland era avtal.',
    da: 'Rammeaftalen findes ikke blandt jeres aftaler.',
    en: 'The framework agreement is not one of yours.',
  },
  'staff_list.establishment_not_on_agreement': {
    sv: 'Verksamhetens leverantör är inte antagen på något delområde i ramavtalet.',
    da: 'Tilbuddets leverandør er ikke optaget på nogen delaftale i rammeaftalen.',
    en: "The establishment's supplier is not on any lot of the agreement.",
  },
  'staff_list.period_order': {
    sv: 'Perioden kan inte sluta före den börjar.',
    da: 'Perioden kan ikke slutte, før den begynder.',
    en: 'The period cannot end before it starts.',
  },
  'staff_list.period_too_long': {
    sv: 'En personallista gäller högst ett år ({days} dagar).',
    da: 'En personaleliste gælder højst et år ({days} dage).',
    en: 'A staff list covers at most a year ({days} days).',
  },
  'staff_list.deadline_past': {
    sv: 'Svarsdatumet måste ligga efter nu.',
    da: 'Svarfristen skal ligge efter nu.',
    en: 'The deadline must be in the future.',
  },
  'staff_list.rejected': {
    sv: 'Personallistan togs inte emot: {count} fel behöver rättas. Inget har sparats.',
    da: 'Personalelisten blev ikke modtaget: {count} fejl skal rettes. Intet er gemt.',
    en: 'The staff list was not accepted: {count} {count|problem needs|problems need} correcting. Nothing was saved.',
  },
  'staff_list.problem.cell': {
    sv: 'Rad {row}, kolumn "{column}": {reason}',
    da: 'Række {row}, kolonne "{column}": {reason}',
    en: 'Row {row}, column "{column}": {reason}',
  },
  'staff_list.problem.row': {
    sv: 'Rad {row}: {reason}',
    da: 'Række {row}: {reason}',
    en: 'Row {row}: {reason}',
  },
  'staff_list.problem.in_section': {
    sv: '{section} – {problem}',
    da: '{section} – {problem}',
    en: '{section} – {problem}',
  },
  'staff_list.reason.missing_column': {
    sv: 'kolumnen saknas i rubrikraden',
    da: 'kolonnen mangler i overskriftsrækken',
    en: 'the column is missing from the heading row',
  },
  'staff_list.reason.duplicate_column': {
    sv: 'kolumnen finns mer än en gång',
    da: 'kolonnen findes mere end én gang',
    en: 'the column appears more than once',
  },
  'staff_list.reason.unknown_column': {
    sv: 'okänd kolumn; använd mallens rubriker',
    da: 'ukendt kolonne; brug skabelonens overskrifter',
    en: "unknown column; use the template's headings",
  },
  'staff_list.reason.too_many_rows': {
    sv: 'listan har fler än 500 rader',
    da: 'listen har mere end 500 rækker',
    en: 'the list has more than 500 rows',
  },
  'staff_list.reason.no_rows': {
    sv: 'listan innehåller ingen personal',
    da: 'listen indeholder ingen medarbejdere',
    en: 'the list contains no staff',
  },
  'staff_list.reason.required': {
    sv: 'värde saknas',
    da: 'værdi mangler',
    en: 'a value is required',
  },
  'staff_list.reason.too_long': {
    sv: 'texten är längre än 200 tecken',
    da: 'teksten er længere end 200 tegn',
    en: 'the text is longer than 200 characters',
  },
  'staff_list.reason.not_a_number': {
    sv: 'inte ett tal',
    da: 'ikke et tal',
    en: 'not a number',
  },
  'staff_list.reason.too_many_decimals': {
    sv: 'högst två decimaler',
    da: 'højst to decimaler',
    en: 'at most two decimals',
  },
  'staff_list.reason.out_of_range': {
    sv: 'talet är utanför det tillåtna intervallet',
    da: 'tallet ligger uden for det tilladte interval',
    en: 'the number is out of range',
  },
  'staff_list.reason.unknown_role': {
    sv: 'okänd roll',
    da: 'ukendt rolle',
    en: 'unknown role',
  },
  'staff_list.reason.unknown_education': {
    sv: 'okänd utbildning',
    da: 'ukendt uddannelse',
    en: 'unknown education',
  },
  'staff_list.reason.not_yes_or_no': {
    sv: 'ange ja eller nej',
    da: 'angiv ja eller nej',
    en: 'enter yes or no',
  },
  'staff_list.reason.not_a_date': {
    sv: 'inte ett datum; skriv till exempel 2026-11-14',
    da: 'ikke en dato; skriv for eksempel 14-11-2026',
    en: 'not a date; write for example 2026-11-14',
  },
  'staff_list.reason.outside_period': {
    sv: 'datumet ligger utanför den begärda perioden',
    da: 'datoen ligger uden for den ønskede periode',
    en: 'the date is outside the period requested',
  },
  'staff_list.reason.unknown_shift': {
    sv: 'okänt pass; ange dag, kväll eller natt',
    da: 'ukendt vagt; angiv dag, aften eller nat',
    en: 'unknown shift; enter day, evening or night',
  },
  'staff_list.reason.duplicate_shift': {
    sv: 'samma datum och pass finns redan på en tidigare rad',
    da: 'samme dato og vagt findes allerede i en tidligere række',
    en: 'the same date and shift is already on an earlier row',
  },
  'staff_list.night.none': {
    sv: '{date}: ingen vaken personal',
    da: '{date}: ingen vågen personale',
    en: '{date}: no awake staff',
  },
  'staff_list.night.too_few': {
    sv: '{date}: för lite vaken personal ({awake} av {required} timmar)',
    da: '{date}: for lidt vågen personale ({awake} af {required} timer)',
    en: '{date}: too few awake staff ({awake} of {required} hours)',
  },
  'staff_list.nights.heading': {
    sv: 'Nätter utan tillräckligt med vaken personal:',
    da: 'Nætter uden nok vågen personale:',
    en: 'Nights without enough awake staff:',
  },
  'staff_list.file.empty_file': {
    sv: 'Filen är tom.',
    da: 'Filen er tom.',
    en: 'The file is empty.',
  },
  'staff_list.file.too_large': {
    sv: 'Filen är större än 2 MB.',
    da: 'Filen er større end 2 MB.',
    en: 'The file is larger than 2 MB.',
  },
  'staff_list.file.not_csv_or_xlsx': {
    sv: 'Filen är varken CSV eller XLSX.',
    da: 'Filen er hverken CSV eller XLSX.',
    en: 'The file is neither CSV nor XLSX.',
  },
  'staff_list.file.unreadable_xlsx': {
    sv: 'XLSX-filen kunde inte läsas.',
    da: 'XLSX-filen kunne ikke læses.',
    en: 'The XLSX file could not be read.',
  },
  'staff_list.file.no_worksheet': {
    sv: 'XLSX-filen har inget kalkylblad.',
    da: 'XLSX-filen har intet regneark.',
    en: 'The XLSX file has no worksheet.',
  },
  // Emails
  'email.staff_list.requested.subject': {
    sv: 'Begäran om personallista: {establishment}',
    da: 'Anmodning om personaleliste: {establishment}',
    en: 'Staff list requested: {establishment}',
  },
  'email.staff_list.requested.body': {
    sv: 'Hej!\n\n{body} begär en personallista för {establishment} för perioden {from}–{to} enligt ramavtalet {agreement}.\n\nSista dag att svara: {deadline}.\n\n{message}\n\nLadda upp listan (CSV eller XLSX) eller fyll i den i Tildel: {link}',
    da: 'Hej!\n\n{body} anmoder om en personaleliste for {establishment} for perioden {from}–{to} efter rammeaftalen {agreement}.\n\nSvarfrist: {deadline}.\n\n{message}\n\nUpload listen (CSV eller XLSX), eller udfyld den i Tildel: {link}',
    en: 'Hello,\n\n{body} requests a staff list for {establishment} for the period {from}–{to} under the framework agreement {agreement}.\n\nDeadline: {deadline}.\n\n{message}\n\nUpload the list (CSV or XLSX) or fill it in on Tildel: {link}',
  },
  'email.staff_list.submitted.subject': {
    sv: 'Personallista inskickad: {establishment}',
    da: 'Personaleliste indsendt: {establishment}',
    en: 'Staff list submitted: {establishment}',
  },
  'email.staff_list.submitted.body': {
    sv: 'Hej!\n\n{supplier} har skickat in personallistan för {establishment} ({from}–{to}). Kraven uppfylls: {met}, uppfylls inte: {notMet}.\n\n{nights}Se rapporten i Tildel: {link}',
    da: 'Hej!\n\n{supplier} har indsendt personalelisten for {establishment} ({from}–{to}). Krav opfyldt: {met}, ikke opfyldt: {notMet}.\n\n{nights}Se rapporten i Tildel: {link}',
    en: 'Hello,\n\n{supplier} has submitted the staff list for {establishment} ({from}–{to}). Requirements met: {met}, not met: {notMet}.\n\n{nights}See the report on Tildel: {link}',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof STAFF_LIST_MESSAGES> {}
}
