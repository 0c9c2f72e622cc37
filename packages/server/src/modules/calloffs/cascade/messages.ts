// Server texts of the cascade area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const CASCADE_MESSAGES = {
  'cascade.not_ranking': {
    sv: 'Avropet görs inte enligt rangordning, så det erbjuds inte leverantör för leverantör.',
    da: 'Afropet sker ikke efter rangordning, så det tilbydes ikke leverandør for leverandør.',
    en: 'This call-off does not follow the ranking, so it is not offered supplier by supplier.',
  },
  'cascade.not_offering': {
    sv: 'Avropet erbjuds inte just nu.',
    da: 'Afropet tilbydes ikke lige nu.',
    en: 'This call-off is not being offered right now.',
  },
  'cascade.no_agreed_price': {
    sv: 'Det finns inget avtalat pris för er i avtalets kategori som gäller från startdagen {start}. Kontakta avtalets ägare.',
    da: 'Der findes ingen aftalt pris for jer i aftalens kategori, der gælder fra startdagen {start}. Kontakt aftalens ejer.',
    en: 'You have no agreed price in the agreement’s category valid on the start date {start}. Contact the agreement’s owner.',
  },
  'cascade.refusal.invalid_window': {
    sv: 'Svarstiden ska vara ett heltal från 1 till {max}.',
    da: 'Svarfristen skal være et helt tal fra 1 til {max}.',
    en: 'The response window must be a whole number from 1 to {max}.',
  },
  'cascade.refusal.duplicate_supplier': {
    sv: 'Samma leverantör står två gånger i delområdets rangordning.',
    da: 'Samme leverandør står to gange i delaftalens rangordning.',
    en: 'The same supplier appears twice in the lot’s ranking.',
  },
  'cascade.refusal.cascade_closed': {
    sv: 'Erbjudandet är avslutat.',
    da: 'Tilbuddet er afsluttet.',
    en: 'The offer has ended.',
  },
  'cascade.refusal.not_offered': {
    sv: 'Erbjudandet står inte till er leverantör just nu.',
    da: 'Tilbuddet står ikke til jeres leverandør lige nu.',
    en: 'The offer is not standing with your company right now.',
  },
  'cascade.refusal.deadline_passed': {
    sv: 'Svarstiden har gått ut.',
    da: 'Svarfristen er udløbet.',
    en: 'The response deadline has passed.',
  },
  'cascade.refusal.deadline_not_passed': {
    sv: 'Svarstiden har inte gått ut än.',
    da: 'Svarfristen er ikke udløbet endnu.',
    en: 'The response deadline has not passed yet.',
  },
  'cascade.refusal.reason_required': {
    sv: 'Ange varför ni tackar nej.',
    da: 'Angiv, hvorfor I takker nej.',
    en: 'Say why you decline.',
  },
  'cascade.refusal.unknown_supplier': {
    sv: 'Leverantören finns inte i delområdets rangordning.',
    da: 'Leverandøren findes ikke i delaftalens rangordning.',
    en: 'The supplier is not in the lot’s ranking.',
  },
  'cascade.refusal.not_waiting': {
    sv: 'Leverantören har redan fått erbjudandet eller passerats och kan inte hoppas över.',
    da: 'Leverandøren har allerede fået tilbuddet eller er sprunget over og kan ikke springes over.',
    en: 'The supplier has already had the offer or been passed and cannot be skipped.',
  },
  'cascade.refusal.unknown_skip_reason': {
    sv: 'Välj ett skäl från listan.',
    da: 'Vælg en begrundelse fra listen.',
    en: 'Choose a reason from the list.',
  },
  'cascade.refusal.skip_text_required': {
    sv: 'Beskriv med egna ord varför leverantören hoppas över.',
    da: 'Beskriv med egne ord, hvorfor leverandøren springes over.',
    en: 'Say in your own words why the supplier is skipped.',
  },
  'email.cascade.offer.subject': {
    sv: 'Erbjudande om uppdrag: {title}',
    da: 'Tilbud om opgave: {title}',
    en: 'Offer of an assignment: {title}',
  },
  'email.cascade.offer.body': {
    sv: 'Hej!\n\nNi erbjuds uppdraget "{title}" enligt er plats i ramavtalets rangordning. Svara senast {deadline}; annars går erbjudandet vidare till nästa leverantör.\n\nLäs förfrågan och svara i Tildel: {link}',
    da: 'Hej!\n\nI tilbydes opgaven "{title}" efter jeres plads i rammeaftalens rangordning. Svar senest {deadline}; ellers går tilbuddet videre til næste leverandør.\n\nLæs forespørgslen og svar i Tildel: {link}',
    en: 'Hello,\n\nYou are offered the assignment "{title}" by your place in the framework agreement’s ranking. Answer by {deadline}; otherwise the offer passes to the next supplier.\n\nRead the request and answer in Tildel: {link}',
  },
  'email.cascade.exhausted.subject': {
    sv: 'Ingen leverantör antog: {title}',
    da: 'Ingen leverandør tog imod: {title}',
    en: 'No supplier accepted: {title}',
  },
  'email.cascade.exhausted.body': {
    sv: 'Hej!\n\nAlla leverantörer i rangordningen har tackat nej, inte svarat i tid eller hoppats över för avropet "{title}". Avropet har ingen leverantör.\n\nÖppna avropet i Tildel: {link}',
    da: 'Hej!\n\nAlle leverandører i rangordningen har takket nej, ikke svaret i tide eller er sprunget over for afropet "{title}". Afropet har ingen leverandør.\n\nÅbn afropet i Tildel: {link}',
    en: 'Hello,\n\nEvery supplier in the ranking has declined, not answered in time or been skipped for the call-off "{title}". The call-off has no supplier.\n\nOpen the call-off in Tildel: {link}',
  },
  'email.cascade.accepted.subject': {
    sv: '{supplier} antog erbjudandet: {title}',
    da: '{supplier} tog imod tilbuddet: {title}',
    en: '{supplier} accepted the offer: {title}',
  },
  'email.cascade.accepted.body': {
    sv: 'Hej!\n\n{supplier} har antagit erbjudandet för avropet "{title}". Avropsavtalet {reference} är skapat.\n\nÖppna avropet i Tildel: {link}',
    da: 'Hej!\n\n{supplier} har taget imod tilbuddet for afropet "{title}". Afropsaftalen {reference} er oprettet.\n\nÅbn afropet i Tildel: {link}',
    en: 'Hello,\n\n{supplier} has accepted the offer for the call-off "{title}". The order {reference} has been made.\n\nOpen the call-off in Tildel: {link}',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof CASCADE_MESSAGES> {}
}
