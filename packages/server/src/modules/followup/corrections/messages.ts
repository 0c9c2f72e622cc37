// Server texts of the corrections area (problem messages, emails, the letter) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const CORRECTION_MESSAGES = {
  // ---- problems -------------------------------------------------------------------------------
  'correction.not_on_agreement': {
    sv: 'Leverantören (och enheten) finns inte på något av era ramavtal.',
    da: 'Leverandøren (og tilbuddet) findes ikke på nogen af jeres rammeaftaler.',
    en: 'The supplier (and establishment) is not on one of your framework agreements.',
  },
  'correction.requirement_not_on_agreement': {
    sv: 'Välj krav ur ramavtalet.',
    da: 'Vælg krav fra rammeaftalen.',
    en: 'Choose requirements of the framework agreement.',
  },
  'correction.visit_not_found': {
    sv: 'Besöket gäller inte den här leverantören på ramavtalet.',
    da: 'Besøget gælder ikke denne leverandør på rammeaftalen.',
    en: 'The visit is not of this supplier on the agreement.',
  },
  'correction.stale': {
    sv: 'Begäran har ändrats sedan du öppnade den. Ladda om sidan och försök igen.',
    da: 'Anmodningen er ændret, siden du åbnede den. Genindlæs siden, og prøv igen.',
    en: 'The request has changed since you opened it. Reload the page and try again.',
  },
  'correction.invalid_date': {
    sv: 'Ange ett giltigt datum (ÅÅÅÅ-MM-DD).',
    da: 'Angiv en gyldig dato (ÅÅÅÅ-MM-DD).',
    en: 'Enter a valid date (YYYY-MM-DD).',
  },
  'correction.deadline_not_working_day': {
    sv: 'Sista svarsdag måste vara en arbetsdag.',
    da: 'Sidste svarfrist skal være en arbejdsdag.',
    en: 'The deadline must be a working day.',
  },
  'correction.deadline_too_soon': {
    sv: 'Sista svarsdag måste ligga minst fem arbetsdagar bort.',
    da: 'Svarfristen skal ligge mindst fem arbejdsdage ude i fremtiden.',
    en: 'The deadline must be at least five working days away.',
  },
  'correction.before_last_event': {
    sv: 'Händelsen ligger före den senaste händelsen i ärendet.',
    da: 'Hændelsen ligger før den seneste hændelse i sagen.',
    en: 'This comes before the last event of the request.',
  },
  'correction.already_accepted': {
    sv: 'Svaret är redan godkänt; begäran är avslutad.',
    da: 'Svaret er allerede godkendt; anmodningen er afsluttet.',
    en: 'The answer has already been accepted; the request is closed.',
  },
  'correction.answer_awaiting_decision': {
    sv: 'Ett svar väntar redan på beslut.',
    da: 'Et svar afventer allerede afgørelse.',
    en: 'An answer is already awaiting a decision.',
  },
  'correction.deadline_passed': {
    sv: 'Sista svarsdag har passerat.',
    da: 'Svarfristen er overskredet.',
    en: 'The deadline has passed.',
  },
  'correction.no_answer_to_decide': {
    sv: 'Det finns inget svar att besluta om.',
    da: 'Der er intet svar at træffe afgørelse om.',
    en: 'There is no answer to decide on.',
  },
  'correction.reason_required': {
    sv: 'Skriv varför svaret inte godkänns.',
    da: 'Skriv, hvorfor svaret ikke godkendes.',
    en: 'Say why the answer is rejected.',
  },
  'correction.evidence_type': {
    sv: 'Underlag ska vara PDF, PNG eller JPEG (filnamn som slutar på .pdf, .png, .jpg eller .jpeg).',
    da: 'Dokumentation skal være PDF, PNG eller JPEG (filnavn, der ender på .pdf, .png, .jpg eller .jpeg).',
    en: 'Evidence must be PDF, PNG or JPEG (a file name ending in .pdf, .png, .jpg or .jpeg).',
  },

  // ---- requirement kinds (when a requirement has no description) --------------------------------
  'correction.requirement.staffing_density': {
    sv: 'Bemanningstäthet',
    da: 'Normering',
    en: 'Staffing density',
  },
  'correction.requirement.awake_night_staff': {
    sv: 'Vaken nattpersonal',
    da: 'Vågen nattevagt',
    en: 'Awake night staff',
  },
  'correction.requirement.competence_share': {
    sv: 'Andel personal med relevant utbildning',
    da: 'Andel medarbejdere med relevant uddannelse',
    en: 'Share of staff with a relevant education',
  },
  'correction.requirement.manager_qualification': {
    sv: 'Föreståndarens kompetens',
    da: 'Forstanderens kvalifikationer',
    en: "The manager's qualification",
  },
  'correction.requirement.permit_required': {
    sv: 'Tillstånd',
    da: 'Godkendelse',
    en: 'Permit',
  },

  // ---- the letter ---------------------------------------------------------------------------------
  'correction.letter.title': {
    sv: 'Anmodan om rättelse',
    da: 'Påbud om berigtigelse',
    en: 'Request for correction',
  },
  'correction.letter.from': { sv: 'Från', da: 'Fra', en: 'From' },
  'correction.letter.to': { sv: 'Till', da: 'Til', en: 'To' },
  'correction.letter.agreement': { sv: 'Ramavtal', da: 'Rammeaftale', en: 'Framework agreement' },
  'correction.letter.establishment': { sv: 'Enhet', da: 'Tilbud', en: 'Establishment' },
  'correction.letter.intro': {
    sv: 'Vid vår uppföljning av ramavtalet har vi funnit att följande krav inte uppfylls. Vi anmodar er att rätta bristerna.',
    da: 'Ved vores opfølgning på rammeaftalen har vi konstateret, at følgende krav ikke er opfyldt. Vi påbyder jer at berigtige manglerne.',
    en: 'In our follow-up of the framework agreement we found that the following requirements are not met. We request that you correct the shortcomings.',
  },
  'correction.letter.requirements': {
    sv: 'Krav som berörs',
    da: 'Krav, der er berørt',
    en: 'Requirements concerned',
  },
  'correction.letter.description': {
    sv: 'Vad vi har sett',
    da: 'Hvad vi har konstateret',
    en: 'What we found',
  },
  'correction.letter.deadline': {
    sv: 'Svara senast {deadline}.',
    da: 'Svar senest {deadline}.',
    en: 'Answer by {deadline} at the latest.',
  },
  'correction.letter.how_to_answer': {
    sv: 'Logga in i Tildel och svara under Företaget › Rättelser med en åtgärdsplan och underlag som visar rättelsen: {link}',
    da: 'Log ind i Tildel, og svar under Virksomheden › Berigtigelser med en handlingsplan og dokumentation for berigtigelsen: {link}',
    en: 'Sign in to Tildel and answer under Company › Corrections with an action plan and evidence of the correction: {link}',
  },
  'correction.letter.consequence': {
    sv: 'Om bristerna inte rättas i tid kan leverantören döljas vid avrop eller avtalet sägas upp.',
    da: 'Hvis manglerne ikke berigtiges i tide, kan leverandøren skjules ved tildeling, eller aftalen kan opsiges.',
    en: 'If the shortcomings are not corrected in time, the supplier may be hidden in call-offs or the agreement terminated.',
  },

  // ---- emails -------------------------------------------------------------------------------------
  'email.correction.created.subject': {
    sv: 'Anmodan om rättelse från {body}',
    da: 'Påbud om berigtigelse fra {body}',
    en: 'Request for correction from {body}',
  },
  'email.correction.created.body': {
    sv: '{body} anmodar {supplier} om rättelse enligt ramavtalet {reference}.\n\nSvara senast {deadline} med en åtgärdsplan och underlag. Brevet finns som PDF i Tildel:\n{link}',
    da: '{body} påbyder {supplier} berigtigelse efter rammeaftalen {reference}.\n\nSvar senest {deadline} med en handlingsplan og dokumentation. Brevet findes som PDF i Tildel:\n{link}',
    en: '{body} requests {supplier} to correct shortcomings under the framework agreement {reference}.\n\nAnswer by {deadline} with an action plan and evidence. The letter is available as a PDF in Tildel:\n{link}',
  },
  'email.correction.reminder.subject': {
    sv: 'Påminnelse: anmodan om rättelse, svara senast {deadline}',
    da: 'Påmindelse: påbud om berigtigelse, svar senest {deadline}',
    en: 'Reminder: request for correction, answer by {deadline}',
  },
  'email.correction.reminder.body': {
    sv: 'Anmodan om rättelse från {body} enligt ramavtalet {reference} har inte fått något godkänt svar. Sista svarsdag är {deadline}.\n\n{link}',
    da: 'Påbuddet om berigtigelse fra {body} efter rammeaftalen {reference} har ikke fået et godkendt svar. Svarfristen er {deadline}.\n\n{link}',
    en: 'The request for correction from {body} under the framework agreement {reference} has no accepted answer yet. The deadline is {deadline}.\n\n{link}',
  },
  'email.correction.overdue.subject': {
    sv: 'Tidsfristen har passerat: {supplier}',
    da: 'Fristen er overskredet: {supplier}',
    en: 'Deadline passed: {supplier}',
  },
  'email.correction.overdue.body': {
    sv: '{supplier} har inte rättat enligt anmodan om rättelse (ramavtal {reference}) före {deadline}. Överväg att dölja leverantören eller säga upp avtalet.\n\n{link}',
    da: '{supplier} har ikke berigtiget efter påbuddet (rammeaftale {reference}) inden {deadline}. Overvej at skjule leverandøren eller opsige aftalen.\n\n{link}',
    en: '{supplier} has not corrected as requested (framework agreement {reference}) by {deadline}. Consider hiding the supplier or terminating the agreement.\n\n{link}',
  },
  'email.correction.answered.subject': {
    sv: '{supplier} har svarat på anmodan om rättelse',
    da: '{supplier} har svaret på påbuddet om berigtigelse',
    en: '{supplier} has answered the request for correction',
  },
  'email.correction.answered.body': {
    sv: '{supplier} har lämnat en åtgärdsplan (ramavtal {reference}). Granska svaret och godkänn eller avslå det:\n{link}',
    da: '{supplier} har indsendt en handlingsplan (rammeaftale {reference}). Gennemgå svaret, og godkend eller afvis det:\n{link}',
    en: '{supplier} has sent an action plan (framework agreement {reference}). Review the answer and accept or reject it:\n{link}',
  },
  'email.correction.accepted.subject': {
    sv: 'Ert svar på anmodan om rättelse är godkänt',
    da: 'Jeres svar på påbuddet om berigtigelse er godkendt',
    en: 'Your answer to the request for correction is accepted',
  },
  'email.correction.accepted.body': {
    sv: '{body} har godkänt ert svar (ramavtal {reference}). Ärendet är avslutat.\n\n{link}',
    da: '{body} har godkendt jeres svar (rammeaftale {reference}). Sagen er afsluttet.\n\n{link}',
    en: '{body} has accepted your answer (framework agreement {reference}). The request is closed.\n\n{link}',
  },
  'email.correction.rejected.subject': {
    sv: 'Ert svar på anmodan om rättelse är inte godkänt',
    da: 'Jeres svar på påbuddet om berigtigelse er ikke godkendt',
    en: 'Your answer to the request for correction is rejected',
  },
  'email.correction.rejected.body': {
    sv: '{body} har inte godkänt ert svar (ramavtal {reference}):\n{reason}\n\nSvara igen senast {deadline}:\n{link}',
    da: '{body} har ikke godkendt jeres svar (rammeaftale {reference}):\n{reason}\n\nSvar igen senest {deadline}:\n{link}',
    en: '{body} has rejected your answer (framework agreement {reference}):\n{reason}\n\nAnswer again by {deadline}:\n{link}',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof CORRECTION_MESSAGES> {}
}
