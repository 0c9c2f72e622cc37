// Server texts of the offer survey (problem messages, emails) in sv, da and en. Emails to suppliers
// are pseudonymised: they name the municipality, the offer and the service, never the person.
import type { ServiceKind } from '@tildel/domain/taxonomy';
import type { Texts } from '../../../platform/i18n.ts';

/** What a referral asks for, by service kind, in a supplier's email. */
export const SERVICE_KIND_NAMES: Record<ServiceKind, Texts> = {
  staffing: { sv: 'bemanning', da: 'bemanding', en: 'staffing' },
  hvb: { sv: 'HVB', da: 'døgninstitution', en: 'residential care home (HVB)' },
  supported_housing: { sv: 'stödboende', da: 'støttet bolig', en: 'supported housing' },
  family_home: { sv: 'familjehem', da: 'plejefamilie', en: 'family home' },
  botilbud: { sv: 'boende', da: 'botilbud', en: 'residential service' },
  open_care: { sv: 'öppenvård', da: 'ambulant indsats', en: 'open care' },
  supervision: { sv: 'handledning', da: 'supervision', en: 'supervision' },
};

/** An answer in a word, for the mail to whoever sent the request. */
export const AVAILABILITY_NAMES: Record<'available' | 'unavailable', Texts> = {
  available: { sv: 'kan ta emot', da: 'kan modtage', en: 'can take the referral' },
  unavailable: { sv: 'kan inte ta emot', da: 'kan ikke modtage', en: 'cannot take the referral' },
};

export const SURVEY_MESSAGES = {
  'survey.referral_closed': {
    sv: 'Remissen är redan beställd eller återkallad; den kan inte ändras längre.',
    da: 'Indstillingen er allerede bestilt eller trukket tilbage; den kan ikke ændres længere.',
    en: 'This referral is already ordered or withdrawn; it can no longer change.',
  },
  'survey.offer_unknown': {
    sv: 'Ett av de valda erbjudandena finns inte eller är stängt.',
    da: 'Et af de valgte tilbud findes ikke eller er lukket.',
    en: 'One of the chosen offers does not exist or is closed.',
  },
  'survey.already_asked': {
    sv: 'Alla valda erbjudanden har redan fått en förfrågan om den här remissen.',
    da: 'Alle valgte tilbud har allerede fået en forespørgsel om denne indstilling.',
    en: 'Every chosen offer has already been asked about this referral.',
  },
  'survey.acute_only_today': {
    sv: 'Att fråga alla matchande godkända erbjudanden på en gång gäller bara akuta remisser (i dag).',
    da: 'At spørge alle matchende godkendte tilbud på én gang gælder kun akutte indstillinger (i dag).',
    en: 'Asking every matching approved offer at once is only for acute referrals (today).',
  },
  'survey.acute_none': {
    sv: 'Inget godkänt erbjudande matchar remissen.',
    da: 'Intet godkendt tilbud matcher indstillingen.',
    en: 'No approved offer matches this referral.',
  },
  'survey.window_closed': {
    sv: 'Svarstiden gick ut {replyBy}; förfrågan kan inte besvaras längre. Kontakta kommunen om ni fortfarande kan ta emot.',
    da: 'Svarfristen udløb {replyBy}; forespørgslen kan ikke besvares længere. Kontakt kommunen, hvis I stadig kan modtage.',
    en: 'The reply window closed {replyBy}; the request can no longer be answered. Contact the municipality if you can still take the referral.',
  },
  'survey.withdrawn': {
    sv: 'Förfrågan är återkallad.',
    da: 'Forespørgslen er trukket tilbage.',
    en: 'The request has been withdrawn.',
  },
  'survey.version_conflict': {
    sv: 'Förfrågan har ändrats sedan ni öppnade den. Ladda om och försök igen.',
    da: 'Forespørgslen er ændret, siden I åbnede den. Genindlæs, og prøv igen.',
    en: 'The request changed since you opened it. Reload and try again.',
  },
  'survey.answer.invalid': {
    sv: 'Svaret är inte komplett.',
    da: 'Svaret er ikke komplet.',
    en: 'The answer is not complete.',
  },
  'survey.answer.required_when_available': {
    sv: 'Ange detta när ni kan ta emot.',
    da: 'Angiv dette, når I kan modtage.',
    en: 'Give this when you are available.',
  },
  'survey.answer.start_before_referral': {
    sv: 'Tidigaste start kan inte ligga före remissens start ({start}).',
    da: 'Tidligste start kan ikke ligge før indstillingens start ({start}).',
    en: 'The earliest start cannot be before the referral starts ({start}).',
  },
  'survey.answer.hold_not_acute': {
    sv: 'En plats kan bara hållas för en akut förfrågan.',
    da: 'En plads kan kun holdes for en akut forespørgsel.',
    en: 'A place can only be held for an acute request.',
  },
  'survey.answer.hold_not_available': {
    sv: 'En plats kan bara hållas när ni kan ta emot.',
    da: 'En plads kan kun holdes, når I kan modtage.',
    en: 'A place can only be held when you are available.',
  },
  'survey.negotiation.not_answered': {
    sv: 'Det går bara att förhandla om ett svar där leverantören kan ta emot.',
    da: 'Der kan kun forhandles om et svar, hvor leverandøren kan modtage.',
    en: 'Only an answer where the supplier is available can be negotiated.',
  },
  'survey.choice.not_available': {
    sv: 'Välj en förfrågan som besvarats med att leverantören kan ta emot och har ett pris.',
    da: 'Vælg en forespørgsel, der er besvaret med, at leverandøren kan modtage og har en pris.',
    en: 'Choose a request answered as available, with a price.',
  },
  'survey.choice.not_approved_acute_only': {
    sv: 'Ett erbjudande som inte är godkänt av tillsynsmyndigheten kan bara väljas för ett akut behov (i dag).',
    da: 'Et tilbud, der ikke er godkendt af Socialtilsynet, kan kun vælges til et akut behov (i dag).',
    en: 'An offer not approved by the supervisory authority can only be chosen for an acute need (today).',
  },
  'survey.choice.not_approved_not_danish': {
    sv: 'Ett erbjudande utan giltigt tillstånd kan inte väljas.',
    da: 'Et tilbud uden gyldig godkendelse kan ikke vælges uden for Danmark.',
    en: 'An offer without a valid approval cannot be chosen here (the short-term exception is Danish).',
  },
  'survey.choice.not_approved_reason': {
    sv: 'Skriv varför inget godkänt erbjudande passar.',
    da: 'Skriv, hvorfor intet godkendt tilbud passer.',
    en: 'Write why no approved offer fits.',
  },
  'survey.choice.other_supplier': {
    sv: 'En förlängning eller justering görs hos samma leverantör som avropsavtalet.',
    da: 'En forlængelse eller justering sker hos samme leverandør som kontrakten.',
    en: 'An extension or adjustment is made with the supplier of the order.',
  },
  'survey.email.request.subject': {
    sv: 'Förfrågan om plats från {municipality}: svar senast {replyBy}',
    da: 'Forespørgsel om plads fra {municipality}: svar senest {replyBy}',
    en: 'Request from {municipality}: reply by {replyBy}',
  },
  'survey.email.request.body': {
    sv: 'Hej!\n\n{municipality} frågar om {offer} kan ta emot en ny insats ({service}) med start {start}. Uppgifterna om personen är pseudonymiserade.\n\nSvara senast {replyBy}:\n{link}',
    da: 'Hej!\n\n{municipality} spørger, om {offer} kan modtage en ny indsats ({service}) med start {start}. Oplysningerne om personen er pseudonymiserede.\n\nSvar senest {replyBy}:\n{link}',
    en: 'Hello,\n\n{municipality} asks whether {offer} can take on a new intervention ({service}) starting {start}. The details of the person are pseudonymised.\n\nReply by {replyBy}:\n{link}',
  },
  'survey.email.acute.subject': {
    sv: 'AKUT förfrågan från {municipality}: svar senast {replyBy}',
    da: 'AKUT forespørgsel fra {municipality}: svar senest {replyBy}',
    en: 'URGENT request from {municipality}: reply by {replyBy}',
  },
  'survey.email.acute.body': {
    sv: 'Hej!\n\n{municipality} behöver i dag en plats eller insats ({service}) och frågar {offer}. Ni kan hålla en plats under svarstiden. Uppgifterna om personen är pseudonymiserade.\n\nSvara senast {replyBy}:\n{link}',
    da: 'Hej!\n\n{municipality} har i dag brug for en plads eller indsats ({service}) og spørger {offer}. I kan holde en plads i svarfristen. Oplysningerne om personen er pseudonymiserede.\n\nSvar senest {replyBy}:\n{link}',
    en: 'Hello,\n\n{municipality} needs a place or intervention ({service}) today and asks {offer}. You may hold a place for the reply window. The details of the person are pseudonymised.\n\nReply by {replyBy}:\n{link}',
  },
  'survey.email.not_chosen.subject': {
    sv: '{municipality} har valt ett annat erbjudande',
    da: '{municipality} har valgt et andet tilbud',
    en: '{municipality} has chosen another offer',
  },
  'survey.email.not_chosen.body': {
    sv: 'Hej!\n\nTack för ert svar om {offer}. {municipality} har valt ett annat erbjudande för den här förfrågan; en hållen plats är fri igen.\n\n{link}',
    da: 'Hej!\n\nTak for jeres svar om {offer}. {municipality} har valgt et andet tilbud til denne forespørgsel; en holdt plads er fri igen.\n\n{link}',
    en: 'Hello,\n\nThank you for answering about {offer}. {municipality} has chosen another offer for this request; any place held is free again.\n\n{link}',
  },
  'survey.email.answered.subject': {
    sv: '{supplier} har svarat om {offer}',
    da: '{supplier} har svaret om {offer}',
    en: '{supplier} has answered about {offer}',
  },
  'survey.email.answered.body': {
    sv: 'Hej!\n\n{supplier} har svarat på er förfrågan om {offer}: {answer}.\n\nSe svaret i erbjudandekartläggningen:\n{link}',
    da: 'Hej!\n\n{supplier} har svaret på jeres forespørgsel om {offer}: {answer}.\n\nSe svaret i tilbudsafdækningen:\n{link}',
    en: 'Hello,\n\n{supplier} has answered your request about {offer}: {answer}.\n\nSee the answer in the offer survey:\n{link}',
  },
  'survey.email.expired.subject': {
    sv: '{count} {count|förfrågan|förfrågningar} fick inget svar i tid',
    da: '{count} {count|forespørgsel|forespørgsler} fik intet svar i tide',
    en: '{count} {count|request|requests} got no answer in time',
  },
  'survey.email.expired.body': {
    sv: 'Hej!\n\nSvarsfristen ({replyBy}) har gått ut utan svar för:\n- {offers}\n\nFörfrågningarna är nu markerade som utgångna. Se erbjudandekartläggningen:\n{link}',
    da: 'Hej!\n\nSvarfristen ({replyBy}) er udløbet uden svar for:\n- {offers}\n\nForespørgslerne er nu markeret som udløbet. Se tilbudsafdækningen:\n{link}',
    en: 'Hello,\n\nThe reply window ({replyBy}) closed without an answer for:\n- {offers}\n\nThe requests are now marked expired. See the offer survey:\n{link}',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof SURVEY_MESSAGES> {}
}
