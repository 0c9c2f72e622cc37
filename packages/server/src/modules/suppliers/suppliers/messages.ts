// Server texts of the suppliers area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const SUPPLIER_MESSAGES = {
  'supplier.version_conflict': {
    sv: 'Någon annan har ändrat uppgifterna medan du redigerade. Ladda om och gör ändringen igen.',
    da: 'En anden har ændret oplysningerne, mens du redigerede. Genindlæs og foretag ændringen igen.',
    en: 'Someone else changed this while you were editing. Reload and make your change again.',
  },
  'supplier.identifier_taken': {
    sv: 'Numret är redan registrerat för {name}.',
    da: 'Nummeret er allerede registreret for {name}.',
    en: 'This number is already registered to {name}.',
  },
  'supplier.identifier.format': {
    sv: 'Skriv organisationsnumret som NNNNNN-NNNN, eller CVR-numret med åtta siffror.',
    da: 'Skriv organisationsnummeret som NNNNNN-NNNN eller CVR-nummeret med otte cifre.',
    en: 'Write the organisation number as NNNNNN-NNNN, or the CVR number as eight digits.',
  },
  'supplier.identifier.check_digit': {
    sv: 'Kontrollsiffran stämmer inte – kontrollera numret.',
    da: 'Kontrolcifferet passer ikke – kontrollér nummeret.',
    en: 'The check digit does not match – check the number.',
  },
  'supplier.identifier.not_legal_entity': {
    sv: 'Det här ser ut som ett personnummer, inte ett organisationsnummer.',
    da: 'Dette ligner et personnummer, ikke et organisationsnummer.',
    en: 'This looks like a personal identity number, not an organisation number.',
  },
  'supplier.municipality_unknown': {
    sv: 'Det finns ingen kommun med koden {code}.',
    da: 'Der findes ingen kommune med koden {code}.',
    en: 'There is no municipality with the code {code}.',
  },
  'supplier.blank': {
    sv: 'Fältet får inte vara tomt.',
    da: 'Feltet må ikke være tomt.',
    en: 'This field cannot be blank.',
  },
  'establishment.free_exceeds_total': {
    sv: 'Antalet lediga platser ({free}) kan inte vara fler än platserna totalt ({total}).',
    da: 'Antallet af ledige pladser ({free}) kan ikke være højere end det samlede antal ({total}).',
    en: 'Free places ({free}) cannot be more than the total number of places ({total}).',
  },
  'establishment.already_closed': {
    sv: 'Verksamheten är redan stängd.',
    da: 'Tilbuddet er allerede lukket.',
    en: 'The establishment is already closed.',
  },
  'establishment.open': {
    sv: 'Verksamheten är inte stängd.',
    da: 'Tilbuddet er ikke lukket.',
    en: 'The establishment is not closed.',
  },
  'establishment.age_range': {
    sv: 'Lägsta ålder ({min}) kan inte vara högre än högsta ålder ({max}).',
    da: 'Laveste alder ({min}) kan ikke være højere end højeste alder ({max}).',
    en: 'The lowest age ({min}) cannot be above the highest age ({max}).',
  },
  'consultant.education_in_future': {
    sv: 'Examensåret kan inte ligga i framtiden.',
    da: 'Eksamensåret kan ikke ligge i fremtiden.',
    en: 'The year of the degree cannot be in the future.',
  },
  'consultant.education_too_early': {
    sv: 'Examensåret är orimligt tidigt.',
    da: 'Eksamensåret er urimeligt tidligt.',
    en: 'The year of the degree is implausibly early.',
  },
  'consultant.duplicate_area': {
    sv: 'Området finns redan – ange erfarenheten för varje område en gång.',
    da: 'Området findes allerede – angiv erfaringen for hvert område én gang.',
    en: 'This area is already listed – give the experience for each area once.',
  },
  'consultant.too_many_years': {
    sv: 'Fler år än ett arbetsliv rymmer.',
    da: 'Flere år, end et arbejdsliv rummer.',
    en: 'More years than a working life holds.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof SUPPLIER_MESSAGES> {}
}
