// Server texts of the referrals part (problem messages, emails) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const REFERRAL_MESSAGES = {
  // Codes of referralProblems beyond the need's (need.problem.<code> says the rest).
  'referrals.problem.personal_identity_number': {
    sv: 'Skriv inte personnummer: remissen ska vara avidentifierad. Använd ärendets referens och beskriv personen med ålder, kön, målgrupp och behov.',
    da: 'Skriv ikke CPR-nummer: indstillingen skal være pseudonymiseret. Brug sagens reference, og beskriv personen med alder, køn, målgruppe og behov.',
    en: 'Do not enter a personal identity number: the referral must be pseudonymised. Use the case reference and describe the person by age, gender, target group and needs.',
  },
  'referrals.problem.order_required': {
    sv: 'En förlängning eller justering gäller en befintlig beställning: välj den.',
    da: 'En forlængelse eller justering gælder en eksisterende bestilling: vælg den.',
    en: 'An extension or adjustment is of an existing order: choose it.',
  },
  'referrals.problem.order_not_allowed': {
    sv: 'En ny insats gäller ingen befintlig beställning.',
    da: 'En ny indsats gælder ikke en eksisterende bestilling.',
    en: 'A new intervention is not of an existing order.',
  },
  'referrals.order_not_found': {
    sv: 'Beställningen finns inte i er kommun.',
    da: 'Bestillingen findes ikke i jeres kommune.',
    en: 'The order does not exist in your municipality.',
  },
  'referrals.order_not_active': {
    sv: 'Beställningen har avslutats; bara en pågående beställning kan förlängas eller justeras.',
    da: 'Bestillingen er afsluttet; kun en igangværende bestilling kan forlænges eller justeres.',
    en: 'The order has ended; only a running order can be extended or adjusted.',
  },
  'referrals.invalid': {
    sv: 'Remissen behöver rättas innan den kan skickas.',
    da: 'Indstillingen skal rettes, før den kan sendes.',
    en: 'The referral must be corrected before it can be sent.',
  },
  'referrals.municipality_only': {
    sv: 'Remisser skickas av en kommun.',
    da: 'Indstillinger sendes af en kommune.',
    en: 'Referrals are sent by a municipality.',
  },
  'referrals.queue_forbidden': {
    sv: 'Kön läses av kommunens matchningsteam.',
    da: 'Køen læses af kommunens matchteam.',
    en: "The queue is read by the municipality's matching team.",
  },
  'referrals.version_conflict': {
    sv: 'Någon annan har ändrat remissen under tiden. Ladda om och försök igen.',
    da: 'En anden har ændret indstillingen i mellemtiden. Genindlæs, og prøv igen.',
    en: 'Someone else has changed the referral meanwhile. Reload and try again.',
  },
  'referrals.cannot_move': {
    sv: 'Remissen kan inte gå från {from} till {to}: den går bara framåt, och en avslutad remiss ändras inte.',
    da: 'Indstillingen kan ikke gå fra {from} til {to}: den går kun fremad, og en afsluttet indstilling ændres ikke.',
    en: 'The referral cannot go from {from} to {to}: it only moves forward, and a closed referral does not change.',
  },
  'referrals.reason_required': {
    sv: 'Skriv varför remissen återkallas.',
    da: 'Skriv, hvorfor indstillingen trækkes tilbage.',
    en: 'Write why the referral is withdrawn.',
  },
  'referrals.assignee_not_member': {
    sv: 'Den som tar remissen måste höra till kommunens matchningsteam.',
    da: 'Den, der tager indstillingen, skal høre til kommunens matchteam.',
    en: "Whoever takes the referral must belong to the municipality's matching team.",
  },
  'referrals.nothing_to_change': {
    sv: 'Ange vem som ska ta remissen eller vilket läge den ska få.',
    da: 'Angiv, hvem der skal tage indstillingen, eller hvilken tilstand den skal have.',
    en: 'Say who takes the referral or which state it moves to.',
  },
  'referrals.mail.sent.subject': {
    sv: 'Ny remiss till matchningsteamet ({urgency})',
    da: 'Ny indstilling til matchteamet ({urgency})',
    en: 'New referral for the matching team ({urgency})',
  },
  'referrals.mail.sent.body': {
    sv: 'En handläggare har skickat en remiss ({urgency}). Den ska vara avgjord senast {dueAt}.\n\nÖppna den: {link}',
    da: 'En sagsbehandler har sendt en indstilling ({urgency}). Den skal være afgjort senest {dueAt}.\n\nÅbn den: {link}',
    en: 'A caseworker has sent a referral ({urgency}). It should be decided by {dueAt}.\n\nOpen it: {link}',
  },
  'referrals.mail.assigned.subject': {
    sv: 'Du har fått en remiss',
    da: 'Du har fået en indstilling',
    en: 'A referral has been given to you',
  },
  'referrals.mail.assigned.body': {
    sv: '{name} har gett dig en remiss ({urgency}). Den ska vara avgjord senast {dueAt}.\n\nÖppna den: {link}',
    da: '{name} har givet dig en indstilling ({urgency}). Den skal være afgjort senest {dueAt}.\n\nÅbn den: {link}',
    en: '{name} has given you a referral ({urgency}). It should be decided by {dueAt}.\n\nOpen it: {link}',
  },
} satisfies Record<string, Texts>;

/** The urgencies in words, for emails. */
export const URGENCY_NAMES = {
  today: { sv: 'akut, i dag', da: 'akut, i dag', en: 'acute, today' },
  within_5_working_days: {
    sv: 'inom 5 arbetsdagar',
    da: 'inden for 5 arbejdsdage',
    en: 'within 5 working days',
  },
  later: { sv: 'senare', da: 'senere', en: 'later' },
} as const satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof REFERRAL_MESSAGES> {}
}
