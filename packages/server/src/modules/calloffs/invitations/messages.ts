// Server texts of the invitations area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const INVITATION_MESSAGES = {
  'invitation.ranking_not_published': {
    sv: 'Ett avrop med rangordning erbjuds leverantörerna i tur och ordning; det publiceras inte.',
    da: 'Et afrop med rangordning tilbydes leverandørerne i rækkefølge; det offentliggøres ikke.',
    en: 'A ranking call-off is offered to the suppliers in turn; it is not published.',
  },
  'invitation.setup_problems': {
    sv: 'Avropet kan inte skickas ut förrän kraven och utvärderingsmodellen är kompletta.',
    da: 'Afropet kan ikke sendes ud, før kravene og evalueringsmodellen er fuldstændige.',
    en: 'The call-off cannot be sent out until its requirements and evaluation model are complete.',
  },
  'invitation.nobody_to_invite': {
    sv: 'Det finns ingen leverantör att bjuda in just nu, så avropet kan inte skickas ut.',
    da: 'Der er ingen leverandør at invitere lige nu, så afropet kan ikke sendes ud.',
    en: 'There is no supplier to invite right now, so the call-off cannot be sent out.',
  },
  'invitation.deadline_not_future': {
    sv: 'Sista dag för anbud måste ligga efter nuvarande tidpunkt.',
    da: 'Tilbudsfristen skal ligge efter det nuværende tidspunkt.',
    en: 'The tender deadline must lie after the present moment.',
  },
  'invitation.deadline_too_short': {
    sv: 'Anbudstiden är för kort: den ska vara minst {minimumDays} {minimumDays|dag|dagar}. Tidigast tillåtna sista tid är {earliest}.',
    da: 'Tilbudsfristen er for kort: den skal være mindst {minimumDays} {minimumDays|dag|dage}. Den tidligst tilladte frist er {earliest}.',
    en: 'The tender period is too short: it must be at least {minimumDays} {minimumDays|day|days}. The earliest allowed deadline is {earliest}.',
  },
  'invitation.not_open': {
    sv: 'Avropet är inte öppet för anbud.',
    da: 'Afropet er ikke åbent for tilbud.',
    en: 'The call-off is not open for tenders.',
  },
  'invitation.tender_period_over': {
    sv: 'Anbudstiden har gått ut.',
    da: 'Tilbudsfristen er udløbet.',
    en: 'The tender period is over.',
  },
  'invitation.personal_identity_number': {
    sv: 'Texten innehåller något som liknar ett personnummer eller CPR-nummer. Ta bort det: uppgifter som identifierar en person får aldrig skickas till leverantörer.',
    da: 'Teksten indeholder noget, der ligner et personnummer eller CPR-nummer. Fjern det: oplysninger, der identificerer en person, må aldrig sendes til leverandører.',
    en: 'The text contains something shaped like a personal identity number or CPR number. Remove it: nothing that identifies a person may ever be sent to suppliers.',
  },
  'invitation.already_answered': {
    sv: 'Frågan är redan besvarad.',
    da: 'Spørgsmålet er allerede besvaret.',
    en: 'The question has already been answered.',
  },
  'invitation.already_declined': {
    sv: 'Ni har redan avböjt att lämna anbud.',
    da: 'I har allerede afslået at afgive tilbud.',
    en: 'You have already declined to bid.',
  },
  'invitation.declined': {
    sv: 'Ni har avböjt att lämna anbud på detta avrop.',
    da: 'I har afslået at afgive tilbud på dette afrop.',
    en: 'You have declined to bid on this call-off.',
  },
  'invitation.withdraw_bid_first': {
    sv: 'Ni har ett lämnat anbud. Återkalla anbudet innan ni avböjer.',
    da: 'I har afgivet et tilbud. Træk tilbuddet tilbage, før I afslår.',
    en: 'You have a bid standing. Withdraw the bid before you decline.',
  },
  // Emails
  'email.invitation.invited.subject': {
    sv: 'Inbjudan att lämna anbud: {title}',
    da: 'Opfordring til at afgive tilbud: {title}',
    en: 'Invitation to tender: {title}',
  },
  'email.invitation.invited.body': {
    sv: 'Hej!\n\n{buyer} bjuder in er att lämna anbud på avropet "{title}".\n\nSista tid för anbud: {deadline}.\n\nLäs förfrågan, ställ frågor och lämna anbud i Tildel: {link}',
    da: 'Hej!\n\n{buyer} opfordrer jer til at afgive tilbud på afropet "{title}".\n\nTilbudsfrist: {deadline}.\n\nLæs anmodningen, stil spørgsmål og afgiv tilbud i Tildel: {link}',
    en: 'Hello,\n\n{buyer} invites you to tender for the call-off "{title}".\n\nTender deadline: {deadline}.\n\nRead the request, ask questions and bid in Tildel: {link}',
  },
  'email.invitation.answer.subject': {
    sv: 'Fråga besvarad: {title}',
    da: 'Spørgsmål besvaret: {title}',
    en: 'Question answered: {title}',
  },
  'email.invitation.answer.body': {
    sv: 'Hej!\n\n{buyer} har besvarat en fråga om avropet "{title}". Svaret gäller alla inbjudna.\n\nFråga: {question}\n\nSvar: {answer}\n\nSe alla frågor och svar i Tildel: {link}',
    da: 'Hej!\n\n{buyer} har besvaret et spørgsmål om afropet "{title}". Svaret gælder alle inviterede.\n\nSpørgsmål: {question}\n\nSvar: {answer}\n\nSe alle spørgsmål og svar i Tildel: {link}',
    en: 'Hello,\n\n{buyer} has answered a question about the call-off "{title}". The answer applies to everyone invited.\n\nQuestion: {question}\n\nAnswer: {answer}\n\nSee every question and answer in Tildel: {link}',
  },
  'email.invitation.changed.subject': {
    sv: 'Förfrågan ändrad: {title}',
    da: 'Anmodningen ændret: {title}',
    en: 'Request changed: {title}',
  },
  'email.invitation.changed.body': {
    sv: 'Hej!\n\n{buyer} har ändrat förfrågan i avropet "{title}".\n\nÄndring: {summary}\n\nSista tid för anbud är nu {deadline}. Har ni redan lämnat anbud, se över det.\n\nLäs den ändrade förfrågan i Tildel: {link}',
    da: 'Hej!\n\n{buyer} har ændret anmodningen i afropet "{title}".\n\nÆndring: {summary}\n\nTilbudsfristen er nu {deadline}. Har I allerede afgivet tilbud, så gennemgå det.\n\nLæs den ændrede anmodning i Tildel: {link}',
    en: 'Hello,\n\n{buyer} has changed the request of the call-off "{title}".\n\nChange: {summary}\n\nThe tender deadline is now {deadline}. If you have already bid, review your bid.\n\nRead the changed request in Tildel: {link}',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof INVITATION_MESSAGES> {}
}
