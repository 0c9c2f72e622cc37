// Server texts of the permits area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const PERMIT_MESSAGES = {
  'permit.establishment_unknown': {
    sv: 'Verksamheten finns inte hos den här leverantören.',
    da: 'Tilbuddet findes ikke hos denne leverandør.',
    en: 'The establishment does not belong to this supplier.',
  },
  'permit.authority_country': {
    sv: 'Tillstånd i {country} utfärdas av {authority}.',
    da: 'Tilladelser i {country} udstedes af {authority}.',
    en: 'Permits in {country} are issued by {authority}.',
  },
  'permit.valid_to_before_from': {
    sv: 'Giltig till kan inte vara före giltig från.',
    da: 'Gyldig til kan ikke ligge før gyldig fra.',
    en: 'Valid to cannot be before valid from.',
  },
  'permit.duplicate': {
    sv: 'Verksamheten har redan ett tillstånd med diarienumret {reference}.',
    da: 'Tilbuddet har allerede en tilladelse med journalnummeret {reference}.',
    en: 'The establishment already has a permit with the reference {reference}.',
  },
  'permit.version_conflict': {
    sv: 'Någon annan har ändrat tillståndet under tiden. Ladda om och försök igen.',
    da: 'En anden har ændret tilladelsen i mellemtiden. Genindlæs, og prøv igen.',
    en: 'Someone else has changed the permit meanwhile. Reload and try again.',
  },
  'permit.import.rejected': {
    sv: '{count} {count|rad|rader} avvisades. Ingenting har importerats; rätta filen och försök igen.',
    da: '{count} {count|række|rækker} blev afvist. Intet er importeret; ret filen, og prøv igen.',
    en: '{count} {count|row was|rows were} rejected. Nothing has been imported; correct the file and try again.',
  },
  'permit.import.file.empty': {
    sv: 'Filen är tom.',
    da: 'Filen er tom.',
    en: 'The file is empty.',
  },
  'permit.import.file.missing_columns': {
    sv: 'Filen saknar kolumnerna: {columns}.',
    da: 'Filen mangler kolonnerne: {columns}.',
    en: 'The file lacks the columns: {columns}.',
  },
  'permit.import.file.too_many_rows': {
    sv: 'Filen har fler än {limit} rader. Dela upp den.',
    da: 'Filen har mere end {limit} rækker. Del den op.',
    en: 'The file has more than {limit} rows. Split it up.',
  },
  'permit.csv.column_count': {
    sv: 'Raden har inte lika många fält som rubrikraden.',
    da: 'Rækken har ikke lige så mange felter som overskriftsrækken.',
    en: 'The row does not have as many fields as the header row.',
  },
  'permit.csv.missing_value': {
    sv: 'Värde saknas i kolumnen {column}.',
    da: 'Der mangler en værdi i kolonnen {column}.',
    en: 'The column {column} has no value.',
  },
  'permit.csv.unknown_supplier': {
    sv: 'Okänd leverantör: {value}.',
    da: 'Ukendt leverandør: {value}.',
    en: 'Unknown supplier: {value}.',
  },
  'permit.csv.unknown_establishment': {
    sv: 'Leverantören har ingen verksamhet som heter {value}.',
    da: 'Leverandøren har intet tilbud med navnet {value}.',
    en: 'The supplier has no establishment called {value}.',
  },
  'permit.csv.unknown_authority': {
    sv: 'Okänd tillsynsmyndighet: {value} (IVO eller Socialtilsyn).',
    da: 'Ukendt tilsynsmyndighed: {value} (IVO eller Socialtilsyn).',
    en: 'Unknown supervisory authority: {value} (IVO or Socialtilsyn).',
  },
  'permit.csv.authority_country_mismatch': {
    sv: '{value} är inte tillsynsmyndighet i leverantörens land.',
    da: '{value} er ikke tilsynsmyndighed i leverandørens land.',
    en: '{value} is not the supervisory authority of the supplier’s country.',
  },
  'permit.csv.unknown_status': {
    sv: 'Okänd status: {value} (valid, changed, revoked, expired, applied).',
    da: 'Ukendt status: {value} (valid, changed, revoked, expired, applied).',
    en: 'Unknown status: {value} (valid, changed, revoked, expired, applied).',
  },
  'permit.csv.bad_date': {
    sv: 'Ogiltigt datum i {column}: {value} (skriv ÅÅÅÅ-MM-DD).',
    da: 'Ugyldig dato i {column}: {value} (skriv ÅÅÅÅ-MM-DD).',
    en: 'Invalid date in {column}: {value} (write YYYY-MM-DD).',
  },
  'permit.csv.valid_to_before_valid_from': {
    sv: 'valid_to ({value}) är före valid_from.',
    da: 'valid_to ({value}) ligger før valid_from.',
    en: 'valid_to ({value}) is before valid_from.',
  },
  'permit.csv.bad_open_cases': {
    sv: 'open_cases måste vara ett heltal 0 eller större: {value}.',
    da: 'open_cases skal være et heltal på 0 eller mere: {value}.',
    en: 'open_cases must be a whole number of 0 or more: {value}.',
  },
  'permit.csv.duplicate_row': {
    sv: 'Samma tillstånd finns på en tidigare rad.',
    da: 'Samme tilladelse står på en tidligere række.',
    en: 'The same permit is on an earlier row.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof PERMIT_MESSAGES> {}
}
