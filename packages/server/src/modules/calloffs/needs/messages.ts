// Server texts of the needs area (problem messages) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const NEED_MESSAGES = {
  // One text per NeedProblemCode of packages/domain/src/need.ts, keyed need.problem.<code>.
  'need.problem.personal_identity_number': {
    sv: 'Skriv inte personnummer: behovet ska vara avidentifierat och visas för leverantörerna. Beskriv personen bara med ålder, kön, målgrupp och behov.',
    da: 'Skriv ikke CPR-nummer: behovet skal være pseudonymiseret og vises for leverandørerne. Beskriv kun personen med alder, køn, målgruppe og behov.',
    en: 'Do not enter a personal identity number: the need must be pseudonymised and is shown to suppliers. Describe the person only by age, gender, target group and needs.',
  },
  'need.problem.required': {
    sv: 'Fyll i det här fältet.',
    da: 'Udfyld dette felt.',
    en: 'Fill in this field.',
  },
  'need.problem.too_long': {
    sv: 'Texten får vara högst {max} tecken.',
    da: 'Teksten må højst være {max} tegn.',
    en: 'The text may be at most {max} characters.',
  },
  'need.problem.invalid_code': {
    sv: 'Välj ett av de givna alternativen.',
    da: 'Vælg en af de givne muligheder.',
    en: 'Choose one of the given options.',
  },
  'need.problem.invalid_date': {
    sv: 'Ange ett datum som ÅÅÅÅ-MM-DD.',
    da: 'Angiv en dato som ÅÅÅÅ-MM-DD.',
    en: 'Enter a date as YYYY-MM-DD.',
  },
  'need.problem.end_before_start': {
    sv: 'Slutdatum kan inte vara före startdatum.',
    da: 'Slutdatoen kan ikke ligge før startdatoen.',
    en: 'The end date cannot be before the start date.',
  },
  'need.problem.out_of_range': {
    sv: 'Ange ett heltal från {min} till {max}.',
    da: 'Angiv et helt tal fra {min} til {max}.',
    en: 'Enter a whole number from {min} to {max}.',
  },
  'need.problem.duplicate': {
    sv: 'Samma värde finns redan i listan.',
    da: 'Samme værdi står allerede på listen.',
    en: 'The same value is already in the list.',
  },
  'need.problem.unknown_municipality': {
    sv: 'Det finns ingen kommun med koden {code} i {country}.',
    da: 'Der findes ingen kommune med koden {code} i {country}.',
    en: 'There is no municipality with the code {code} in {country}.',
  },
  'need.invalid': {
    sv: 'Behovet behöver rättas innan det kan sparas.',
    da: 'Behovet skal rettes, før det kan gemmes.',
    en: 'The need must be corrected before it can be saved.',
  },
  'need.municipality_only': {
    sv: 'Behov beskrivs av en kommun.',
    da: 'Behov beskrives af en kommune.',
    en: 'Needs are described by a municipality.',
  },
  'need.not_draft': {
    sv: 'Behovet är redan skickat och kan inte längre ändras.',
    da: 'Behovet er allerede sendt og kan ikke længere ændres.',
    en: 'The need has already been submitted and can no longer be changed.',
  },
  'need.cannot_withdraw': {
    sv: 'Bara ett utkast eller ett skickat behov kan återkallas; det här är redan i avrop eller avslutat.',
    da: 'Kun en kladde eller et sendt behov kan trækkes tilbage; dette er allerede i afrop eller afsluttet.',
    en: 'Only a draft or a submitted need can be withdrawn; this one is already in a call-off or closed.',
  },
  'need.version_conflict': {
    sv: 'Någon annan har ändrat behovet under tiden. Ladda om och försök igen.',
    da: 'En anden har ændret behovet i mellemtiden. Genindlæs, og prøv igen.',
    en: 'Someone else has changed the need meanwhile. Reload and try again.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof NEED_MESSAGES> {}
}
