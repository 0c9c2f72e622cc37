// Server texts of the offers (problem messages, the import's row reasons, the freshness reminder)
// in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const OFFER_MESSAGES = {
  'offers.version_conflict': {
    sv: 'Någon annan har ändrat erbjudandet under tiden. Ladda om och försök igen.',
    da: 'En anden har ændret tilbuddet i mellemtiden. Genindlæs, og prøv igen.',
    en: 'Someone else has changed the offer meanwhile. Reload and try again.',
  },
  'offers.tariff_duplicate': {
    sv: 'Erbjudandet har redan en taxa för den enheten från {date}.',
    da: 'Tilbuddet har allerede en takst for den enhed fra {date}.',
    en: 'The offer already has a tariff for that unit from {date}.',
  },
  'offers.assessment_duplicate': {
    sv: 'Erbjudandet har redan en bedömning från {date}.',
    da: 'Tilbuddet har allerede en vurdering fra {date}.',
    en: 'The offer already has an assessment from {date}.',
  },
  'offers.not_own': {
    sv: 'Ett av erbjudandena hör inte till er eller är stängt.',
    da: 'Et af tilbuddene hører ikke til jer eller er lukket.',
    en: 'One of the offers is not yours or is closed.',
  },
  'offers.import.rejected': {
    sv: '{count} {count|rad|rader} avvisades. Ingenting har importerats; rätta filen och försök igen.',
    da: '{count} {count|række|rækker} blev afvist. Intet er importeret; ret filen, og prøv igen.',
    en: '{count} {count|row was|rows were} rejected. Nothing has been imported; correct the file and try again.',
  },
  'offers.csv.column_count': {
    sv: 'Raden har inte lika många fält som rubrikraden.',
    da: 'Rækken har ikke lige så mange felter som overskriftsrækken.',
    en: 'The row does not have as many fields as the header row.',
  },
  'offers.csv.missing_value': {
    sv: 'Värde saknas i kolumnen {column}.',
    da: 'Der mangler en værdi i kolonnen {column}.',
    en: 'The column {column} has no value.',
  },
  'offers.csv.unknown_establishment': {
    sv: 'Ni har inget öppet erbjudande som heter "{value}".',
    da: 'I har intet åbent tilbud, der hedder "{value}".',
    en: 'You have no open offer named "{value}".',
  },
  'offers.csv.nothing_to_import': {
    sv: 'Raden anger varken platser, taxa eller bedömning.',
    da: 'Rækken angiver hverken pladser, takst eller vurdering.',
    en: 'The row gives neither places, a tariff nor an assessment.',
  },
  'offers.csv.bad_number': {
    sv: '"{value}" i {column} är inte ett heltal.',
    da: '"{value}" i {column} er ikke et helt tal.',
    en: '"{value}" in {column} is not a whole number.',
  },
  'offers.csv.free_exceeds_total': {
    sv: 'Fler lediga platser ({value}) än platser totalt.',
    da: 'Flere ledige pladser ({value}) end pladser i alt.',
    en: 'More free places ({value}) than places in total.',
  },
  'offers.csv.bad_date': {
    sv: '"{value}" i {column} är inte ett datum (ÅÅÅÅ-MM-DD).',
    da: '"{value}" i {column} er ikke en dato (ÅÅÅÅ-MM-DD).',
    en: '"{value}" in {column} is not a date (YYYY-MM-DD).',
  },
  'offers.csv.bad_occupancy': {
    sv: 'Beläggningen "{value}" ska vara en procentsats från 1 till 100.',
    da: 'Belægningen "{value}" skal være en procentsats fra 1 til 100.',
    en: 'The occupancy "{value}" must be a percentage from 1 to 100.',
  },
  'offers.csv.unknown_unit': {
    sv: 'Enheten "{value}" finns inte (hour, day, month, package).',
    da: 'Enheden "{value}" findes ikke (hour, day, month, package).',
    en: 'There is no unit "{value}" (hour, day, month, package).',
  },
  'offers.csv.unknown_currency': {
    sv: 'Valutan "{value}" finns inte (SEK, DKK, EUR).',
    da: 'Valutaen "{value}" findes ikke (SEK, DKK, EUR).',
    en: 'There is no currency "{value}" (SEK, DKK, EUR).',
  },
  'offers.csv.bad_amount': {
    sv: '"{value}" är inte ett belopp.',
    da: '"{value}" er ikke et beløb.',
    en: '"{value}" is not an amount.',
  },
  'offers.csv.bad_score': {
    sv: 'Poängen "{value}" i {column} ska vara 1–5.',
    da: 'Scoren "{value}" i {column} skal være 1–5.',
    en: 'The score "{value}" in {column} must be 1–5.',
  },
  'offers.csv.duplicate_row': {
    sv: 'En tidigare rad säger redan detta om samma erbjudande.',
    da: 'En tidligere række siger allerede dette om samme tilbud.',
    en: 'An earlier row already says this about the same offer.',
  },
  'offers.csv.tariff_exists': {
    sv: 'Erbjudandet har redan en taxa för den enheten från den dagen.',
    da: 'Tilbuddet har allerede en takst for den enhed fra den dag.',
    en: 'The offer already has a tariff for that unit from that day.',
  },
  'offers.csv.assessment_exists': {
    sv: 'Erbjudandet har redan en bedömning från den dagen.',
    da: 'Tilbuddet har allerede en vurdering fra den dag.',
    en: 'The offer already has an assessment from that day.',
  },
  'email.offer_freshness.subject': {
    sv: 'Bekräfta platser och taxor för {count} {count|erbjudande|erbjudanden}',
    da: 'Bekræft pladser og takster for {count} {count|tilbud|tilbud}',
    en: 'Confirm places and tariffs of {count} {count|offer|offers}',
  },
  'email.offer_freshness.body': {
    sv: 'Hej!\n\nKommunerna i Tildel ser när platser och taxor senast bekräftades. Dessa erbjudanden har inte bekräftats på {days} dagar:\n\n- {offers}\n\nBekräfta dem med ett klick, eller rätta dem, under Företaget → Erbjudanden. Erbjudanden som inte bekräftas markeras som inaktuella och rankas lägre.\n\nÖppna i Tildel: {link}\n\nDenna påminnelse skickas en gång per period.',
    da: 'Hej!\n\nKommunerne i Tildel ser, hvornår pladser og takster sidst blev bekræftet. Disse tilbud er ikke bekræftet i {days} dage:\n\n- {offers}\n\nBekræft dem med ét klik, eller ret dem, under Virksomheden → Tilbud. Tilbud, der ikke bekræftes, markeres som forældede og rangeres lavere.\n\nÅbn i Tildel: {link}\n\nDenne påmindelse sendes én gang pr. periode.',
    en: 'Hello,\n\nMunicipalities in Tildel see when places and tariffs were last confirmed. These offers have not been confirmed for {days} days:\n\n- {offers}\n\nConfirm them in one click, or correct them, under Company → Offers. Offers left unconfirmed are marked stale and rank lower.\n\nOpen in Tildel: {link}\n\nThis reminder is sent once per period.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this part's keys
  interface ServerTexts extends Readonly<typeof OFFER_MESSAGES> {}
}
