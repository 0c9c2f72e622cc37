// Server texts of the bids area (problem messages, emails, the receipt PDF) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const BID_MESSAGES = {
  'bid.deadline_passed': {
    sv: 'Anbudstiden gick ut {deadline}. Anbud kan inte längre lämnas, ändras eller återkallas.',
    da: 'Tilbudsfristen udløb {deadline}. Tilbud kan ikke længere afgives, ændres eller trækkes tilbage.',
    en: 'The tender deadline passed at {deadline}. Bids can no longer be submitted, replaced or withdrawn.',
  },
  'bid.not_open': {
    sv: 'Avropet tar inte emot anbud.',
    da: 'Afropet modtager ikke tilbud.',
    en: 'The call-off is not receiving bids.',
  },
  'bid.declined': {
    sv: 'Ni har avböjt att lämna anbud på det här avropet.',
    da: 'I har takket nej til at afgive tilbud på dette afrop.',
    en: 'You have declined to bid on this call-off.',
  },
  'bid.version_conflict': {
    sv: 'Anbudet har ändrats under tiden, kanske av en kollega. Läs in sidan igen och gör om ändringen.',
    da: 'Tilbuddet er blevet ændret imens, måske af en kollega. Genindlæs siden, og foretag ændringen igen.',
    en: 'The bid was changed meanwhile, perhaps by a colleague. Reload the page and make the change again.',
  },
  'bid.none_standing': {
    sv: 'Det finns inget lämnat anbud att återkalla.',
    da: 'Der er intet afgivet tilbud at trække tilbage.',
    en: 'There is no submitted bid to withdraw.',
  },
  'bid.invalid': {
    sv: 'Anbudet kunde inte lämnas. Rätta de markerade fälten.',
    da: 'Tilbuddet kunne ikke afgives. Ret de markerede felter.',
    en: 'The bid could not be submitted. Correct the marked fields.',
  },
  'bid.unknown_requirement': {
    sv: 'Avropet har inget sådant krav.',
    da: 'Afropet har intet sådant krav.',
    en: 'The call-off has no such requirement.',
  },
  'bid.answer_yes_no': {
    sv: 'Svara ja eller nej på kravet.',
    da: 'Svar ja eller nej på kravet.',
    en: 'Answer the requirement with yes or no.',
  },
  'bid.answer_number': {
    sv: 'Svara med ett tal på kravet.',
    da: 'Svar med et tal på kravet.',
    en: 'Answer the requirement with a number.',
  },
  'bid.consultant_required': {
    sv: 'Välj en av era konsulter.',
    da: 'Vælg en af jeres konsulenter.',
    en: 'Choose one of your consultants.',
  },
  'bid.unknown_consultant': {
    sv: 'Konsulten finns inte i ert konsultregister.',
    da: 'Konsulenten findes ikke i jeres konsulentregister.',
    en: 'The consultant is not in your consultant registry.',
  },
  'bid.establishment_required': {
    sv: 'Välj ett av era boenden.',
    da: 'Vælg et af jeres opholdssteder.',
    en: 'Choose one of your establishments.',
  },
  'bid.establishment_hidden': {
    sv: 'Boendet är dolt på avtalet efter uppföljning och kan inte erbjudas.',
    da: 'Tilbuddet er skjult på aftalen efter opfølgning og kan ikke tilbydes.',
    en: 'The establishment is hidden on the agreement after follow-up and cannot be offered.',
  },
  'bid.establishment_without_permit': {
    sv: 'Boendet är inte ert, eller saknar ett giltigt tillstånd i dag.',
    da: 'Opholdsstedet er ikke jeres eller har ikke en gyldig godkendelse i dag.',
    en: 'The establishment is not yours, or has no permit valid today.',
  },
  'bid.not_applicable': {
    sv: 'Fältet gäller inte den här sortens avrop. Lämna det tomt.',
    da: 'Feltet gælder ikke denne slags afrop. Lad det være tomt.',
    en: 'This field does not apply to this kind of call-off. Leave it empty.',
  },
  'bid.start_in_past': {
    sv: 'Tidigaste start kan inte ligga före i dag.',
    da: 'Tidligste start kan ikke ligge før i dag.',
    en: 'The earliest start cannot be before today.',
  },
  'bid.valid_before_start': {
    sv: 'Anbudet måste gälla minst till tidigaste start.',
    da: 'Tilbuddet skal mindst gælde til tidligste start.',
    en: 'The bid must be valid at least until the earliest start.',
  },
  'bid.opening.too_early': {
    sv: 'Anbuden kan öppnas först när anbudstiden har gått ut, {deadline}.',
    da: 'Tilbuddene kan først åbnes, når tilbudsfristen er udløbet, {deadline}.',
    en: 'The bids can be opened only after the tender deadline, {deadline}.',
  },
  'bid.opening.not_open': {
    sv: 'Avropet är inte ute på anbud, eller anbuden är redan öppnade.',
    da: 'Afropet er ikke i udbud, eller tilbuddene er allerede åbnet.',
    en: 'The call-off is not out to tender, or its bids have already been opened.',
  },
  'bid.opening.unreadable': {
    sv: 'Ett anbud kunde inte öppnas eller stämmer inte med sitt kvitto, så inga anbud öppnades. Kontakta Tildels support.',
    da: 'Et tilbud kunne ikke åbnes eller stemmer ikke med sin kvittering, så ingen tilbud blev åbnet. Kontakt Tildels support.',
    en: 'A bid could not be opened or does not match its receipt, so no bids were opened. Contact Tildel support.',
  },
  'bid.unreadable': {
    sv: 'Avropets anbud kan inte läsas: nyckeln att öppna dem med saknas eller hör till en annan installation. Kontakta Tildels support.',
    da: 'Afropets tilbud kan ikke læses: nøglen til at åbne dem mangler eller hører til en anden installation. Kontakt Tildels support.',
    en: "The call-off's bids cannot be read: the key to open them is missing or belongs to another installation. Contact Tildel support.",
  },
  // The receipt as a PDF
  'bid.receipt.title': { sv: 'Anbudskvitto', da: 'Kvittering for tilbud', en: 'Bid receipt' },
  'bid.receipt.file': { sv: 'anbudskvitto', da: 'tilbudskvittering', en: 'bid-receipt' },
  'bid.receipt.calloff': { sv: 'Avrop', da: 'Afrop', en: 'Call-off' },
  'bid.receipt.buyer': {
    sv: 'Upphandlande myndighet',
    da: 'Ordregiver',
    en: 'Contracting authority',
  },
  'bid.receipt.bidder': { sv: 'Anbudsgivare', da: 'Tilbudsgiver', en: 'Bidder' },
  'bid.receipt.received': {
    sv: 'Mottaget av Tildel',
    da: 'Modtaget af Tildel',
    en: 'Received by Tildel',
  },
  'bid.receipt.first_received': {
    sv: 'Först mottaget',
    da: 'Først modtaget',
    en: 'First received',
  },
  'bid.receipt.replacements': {
    sv: 'Antal gånger ersatt',
    da: 'Antal gange erstattet',
    en: 'Times replaced',
  },
  'bid.receipt.withdrawn': { sv: 'Återkallat', da: 'Trukket tilbage', en: 'Withdrawn' },
  'bid.receipt.consultant': {
    sv: 'Föreslagen konsult',
    da: 'Tilbudt konsulent',
    en: 'Proposed consultant',
  },
  'bid.receipt.establishment': {
    sv: 'Erbjudet boende',
    da: 'Tilbudt opholdssted',
    en: 'Offered establishment',
  },
  'bid.receipt.unit_price': { sv: 'Styckpris', da: 'Enhedspris', en: 'Unit price' },
  'bid.receipt.per_unit': {
    sv: '{price} per {unit}',
    da: '{price} pr. {unit}',
    en: '{price} per {unit}',
  },
  'bid.receipt.earliest_start': { sv: 'Kan börja', da: 'Kan begynde', en: 'Can start' },
  'bid.receipt.valid_until': {
    sv: 'Anbudet gäller till och med',
    da: 'Tilbuddet gælder til og med',
    en: 'The bid is valid until',
  },
  'bid.receipt.hash': {
    sv: 'Kvittots fingeravtryck (SHA-256)',
    da: 'Kvitteringens fingeraftryk (SHA-256)',
    en: "The receipt's fingerprint (SHA-256)",
  },
  'bid.receipt.explain': {
    sv: 'Fingeravtrycket är beräknat på exakt det ni förseglade och när. När anbuden öppnas efter anbudstiden kontrolleras att det öppnade anbudet har samma fingeravtryck, så den som har kvittot kan visa att anbudet är det ni lämnade.',
    da: 'Fingeraftrykket er beregnet af præcis det, I forseglede, og hvornår. Når tilbuddene åbnes efter fristen, kontrolleres det, at det åbnede tilbud har samme fingeraftryk, så den, der har kvitteringen, kan vise, at tilbuddet er det, I afgav.',
    en: 'The fingerprint is computed from exactly what you sealed and when. When the bids are opened after the deadline, the opened bid is checked to have the same fingerprint, so whoever holds this receipt can show that the bid is the one you gave.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof BID_MESSAGES> {}
}
