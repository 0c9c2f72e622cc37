// Server texts in Swedish, Danish and English: problem messages and emails. The platform's own
// texts live here; each area keeps its texts beside its code, adds their keys to ServerTexts (in
// its messages.ts) and registers them at start (platform/area.ts), so the platform knows no area.

export const LOCALES = ['sv', 'da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export type Texts = Record<Locale, string>;

const FOUNDATION_MESSAGES = {
  // Problem titles
  'problem.validation': {
    sv: 'Uppgifterna behöver rättas',
    da: 'Oplysningerne skal rettes',
    en: 'The information needs correcting',
  },
  'problem.validation.detail': {
    sv: 'Kontrollera de markerade fälten och försök igen.',
    da: 'Kontrollér de markerede felter, og prøv igen.',
    en: 'Check the marked fields and try again.',
  },
  'problem.bad_request': {
    sv: 'Begäran kunde inte läsas',
    da: 'Forespørgslen kunne ikke læses',
    en: 'The request could not be read',
  },
  'problem.bad_json': {
    sv: 'Innehållet är inte giltig JSON.',
    da: 'Indholdet er ikke gyldig JSON.',
    en: 'The content is not valid JSON.',
  },
  'problem.unsupported_media_type': {
    sv: 'Innehållstypen stöds inte; skicka JSON.',
    da: 'Indholdstypen understøttes ikke; send JSON.',
    en: 'This content type is not supported; send JSON.',
  },
  'problem.payload_too_large': {
    sv: 'Innehållet är för stort.',
    da: 'Indholdet er for stort.',
    en: 'The content is too large.',
  },
  'problem.unauthorized': {
    sv: 'Du behöver logga in',
    da: 'Du skal logge ind',
    en: 'You need to sign in',
  },
  'problem.unauthorized.detail': {
    sv: 'Din session saknas eller har gått ut. Logga in igen.',
    da: 'Din session mangler eller er udløbet. Log ind igen.',
    en: 'Your session is missing or has expired. Please sign in again.',
  },
  'problem.forbidden': {
    sv: 'Du har inte behörighet',
    da: 'Du har ikke adgang',
    en: 'You do not have access',
  },
  'problem.forbidden.detail': {
    sv: 'Din roll i organisationen ger inte behörighet till detta.',
    da: 'Din rolle i organisationen giver ikke adgang til dette.',
    en: 'Your role in this organisation does not allow this.',
  },
  'problem.csrf': {
    sv: 'Begäran saknar giltig säkerhetstoken. Ladda om sidan och försök igen.',
    da: 'Forespørgslen mangler et gyldigt sikkerhedstoken. Genindlæs siden, og prøv igen.',
    en: 'The request lacks a valid security token. Reload the page and try again.',
  },
  'problem.not_found': {
    sv: 'Hittades inte',
    da: 'Ikke fundet',
    en: 'Not found',
  },
  'problem.not_found.detail': {
    sv: 'Det du söker finns inte, eller så har du inte tillgång till det.',
    da: 'Det, du søger, findes ikke, eller du har ikke adgang til det.',
    en: 'What you are looking for does not exist, or you do not have access to it.',
  },
  'problem.conflict': { sv: 'Konflikt', da: 'Konflikt', en: 'Conflict' },
  'problem.rate_limited': {
    sv: 'För många försök',
    da: 'For mange forsøg',
    en: 'Too many attempts',
  },
  'problem.internal': {
    sv: 'Något gick fel hos oss',
    da: 'Noget gik galt hos os',
    en: 'Something went wrong on our side',
  },
  'problem.unavailable': {
    sv: 'Tjänsten är inte tillgänglig just nu',
    da: 'Tjenesten er ikke tilgængelig lige nu',
    en: 'The service is not available right now',
  },
  'problem.timeout.detail': {
    sv: 'Databasen svarade inte i tid, så ingenting har sparats. Försök igen om en stund.',
    da: 'Databasen svarede ikke i tide, så intet er gemt. Prøv igen om lidt.',
    en: 'The database did not answer in time, so nothing was saved. Please try again in a moment.',
  },
  'problem.internal.detail': {
    sv: 'Ingenting har sparats. Försök igen om en stund.',
    da: 'Intet er gemt. Prøv igen om lidt.',
    en: 'Nothing was saved. Please try again in a moment.',
  },
  // Field messages (by JSON-schema keyword)
  'field.required': {
    sv: 'Fältet måste fyllas i.',
    da: 'Feltet skal udfyldes.',
    en: 'This field is required.',
  },
  'field.type': {
    sv: 'Värdet har fel typ (förväntat: {expected}).',
    da: 'Værdien har forkert type (forventet: {expected}).',
    en: 'The value has the wrong type (expected: {expected}).',
  },
  'field.format.email': {
    sv: 'Ange en giltig e-postadress.',
    da: 'Angiv en gyldig e-mailadresse.',
    en: 'Enter a valid email address.',
  },
  'field.format.uuid': {
    sv: 'Ogiltig identitet.',
    da: 'Ugyldigt id.',
    en: 'Not a valid identifier.',
  },
  'field.format': {
    sv: 'Värdet har fel format ({format}).',
    da: 'Værdien har forkert format ({format}).',
    en: 'The value has the wrong format ({format}).',
  },
  'field.minLength': {
    sv: 'Minst {limit} tecken.',
    da: 'Mindst {limit} tegn.',
    en: 'At least {limit} characters.',
  },
  'field.maxLength': {
    sv: 'Högst {limit} tecken.',
    da: 'Højst {limit} tegn.',
    en: 'At most {limit} characters.',
  },
  'field.minimum': { sv: 'Minst {limit}.', da: 'Mindst {limit}.', en: 'At least {limit}.' },
  'field.maximum': { sv: 'Högst {limit}.', da: 'Højst {limit}.', en: 'At most {limit}.' },
  'field.minItems': {
    sv: 'Välj minst {limit}.',
    da: 'Vælg mindst {limit}.',
    en: 'Choose at least {limit}.',
  },
  'field.maxItems': {
    sv: 'Högst {limit} val.',
    da: 'Højst {limit} valg.',
    en: 'At most {limit} choices.',
  },
  'field.uniqueItems': {
    sv: 'Samma värde finns flera gånger.',
    da: 'Den samme værdi findes flere gange.',
    en: 'The same value appears more than once.',
  },
  'field.enum': {
    sv: 'Välj ett av de tillåtna värdena: {allowed}.',
    da: 'Vælg en af de tilladte værdier: {allowed}.',
    en: 'Choose one of the allowed values: {allowed}.',
  },
  'field.additionalProperties': {
    sv: 'Okänt fält.',
    da: 'Ukendt felt.',
    en: 'Unknown field.',
  },
  'field.pattern': {
    sv: 'Värdet har fel format.',
    da: 'Værdien har forkert format.',
    en: 'The value has the wrong format.',
  },
  'field.invalid': { sv: 'Ogiltigt värde.', da: 'Ugyldig værdi.', en: 'Invalid value.' },
  // Domain and use-case messages
  'auth.invalid_credentials': {
    sv: 'E-postadressen eller lösenordet är fel.',
    da: 'E-mailadressen eller adgangskoden er forkert.',
    en: 'The email address or password is wrong.',
  },
  'auth.too_many_attempts': {
    sv: 'För många misslyckade inloggningar. Försök igen om {minutes} {minutes|minut|minuter}.',
    da: 'For mange mislykkede logins. Prøv igen om {minutes} {minutes|minut|minutter}.',
    en: 'Too many failed sign-ins. Try again in {minutes} {minutes|minute|minutes}.',
  },
  'auth.demo_disabled': {
    sv: 'Demokonton kan bara användas i demoläge.',
    da: 'Demokonti kan kun bruges i demotilstand.',
    en: 'Demo accounts can only be used in demo mode.',
  },
  'auth.password_too_short': {
    sv: 'Lösenordet måste ha minst 12 tecken.',
    da: 'Adgangskoden skal have mindst 12 tegn.',
    en: 'The password must have at least 12 characters.',
  },
  'membership.not_member': {
    sv: 'Du är inte medlem i den organisationen.',
    da: 'Du er ikke medlem af den organisation.',
    en: 'You are not a member of that organisation.',
  },
  'membership.not_found': {
    sv: 'Användaren är inte medlem i organisationen.',
    da: 'Brugeren er ikke medlem af organisationen.',
    en: 'The user is not a member of this organisation.',
  },
  'membership.role_not_assignable': {
    sv: 'Rollen {roles} kan inte ges i en organisation av det här slaget.',
    da: 'Rollen {roles} kan ikke tildeles i denne type organisation.',
    en: 'The role {roles} cannot be given in this kind of organisation.',
  },
  'membership.last_admin': {
    sv: 'Organisationen måste ha minst en administratör kvar.',
    da: 'Organisationen skal have mindst én administrator tilbage.',
    en: 'The organisation must keep at least one administrator.',
  },
  'membership.already_member': {
    sv: '{email} är redan medlem i organisationen.',
    da: '{email} er allerede medlem af organisationen.',
    en: '{email} is already a member of this organisation.',
  },
  'invitation.invalid': {
    sv: 'Inbjudan är ogiltig, har gått ut eller har redan använts.',
    da: 'Invitationen er ugyldig, udløbet eller allerede brugt.',
    en: 'The invitation is invalid, has expired or has already been used.',
  },
  'invitation.pending': {
    sv: 'Det finns redan en öppen inbjudan till {email}.',
    da: 'Der er allerede en åben invitation til {email}.',
    en: 'There is already an open invitation for {email}.',
  },
  'invitation.name_required': {
    sv: 'Ange ditt namn.',
    da: 'Angiv dit navn.',
    en: 'Enter your name.',
  },
  'invitation.not_found': {
    sv: 'Inbjudan hittades inte.',
    da: 'Invitationen blev ikke fundet.',
    en: 'The invitation was not found.',
  },
  'organisation.identifier_invalid': {
    sv: 'Organisationsnumret eller CVR-numret är ogiltigt.',
    da: 'Organisationsnummeret eller CVR-nummeret er ugyldigt.',
    en: 'The organisation number or CVR number is not valid.',
  },
  'organisation.identifier_taken': {
    sv: 'Det finns redan en organisation med det numret.',
    da: 'Der findes allerede en organisation med det nummer.',
    en: 'An organisation with that number already exists.',
  },
  // Emails
  'email.invitation.subject': {
    sv: 'Inbjudan till {organisation} i Tildel',
    da: 'Invitation til {organisation} i Tildel',
    en: 'Invitation to {organisation} in Tildel',
  },
  'email.invitation.body': {
    sv: 'Hej!\n\n{inviter} har bjudit in dig till {organisation} i Tildel med rollerna: {roles}.\n\nÖppna länken för att gå med (giltig till {expires}):\n{link}\n\nOm du inte väntade dig detta kan du bortse från meddelandet.',
    da: 'Hej!\n\n{inviter} har inviteret dig til {organisation} i Tildel med rollerne: {roles}.\n\nÅbn linket for at deltage (gyldigt til {expires}):\n{link}\n\nHvis du ikke ventede dette, kan du se bort fra beskeden.',
    en: 'Hello,\n\n{inviter} has invited you to {organisation} in Tildel with the roles: {roles}.\n\nOpen the link to join (valid until {expires}):\n{link}\n\nIf you did not expect this, you can ignore this message.',
  },
  // Documents (platform/pdf.ts)
  'pdf.date': { sv: 'Datum', da: 'Dato', en: 'Date' },
  'pdf.reference': { sv: 'Referens', da: 'Reference', en: 'Reference' },
  'role.caseworker': { sv: 'Handläggare', da: 'Sagsbehandler', en: 'Caseworker' },
  'role.buyer': { sv: 'Beställare', da: 'Indkøber', en: 'Buyer' },
  'role.controller': { sv: 'Controller', da: 'Controller', en: 'Controller' },
  'role.procurement_officer': {
    sv: 'Upphandlare',
    da: 'Indkøbskonsulent',
    en: 'Procurement officer',
  },
  'role.quality_officer': {
    sv: 'Kvalitetshandläggare',
    da: 'Kvalitetskonsulent',
    en: 'Quality officer',
  },
  'role.matching_officer': {
    sv: 'Matchningshandläggare',
    da: 'Matchkonsulent',
    en: 'Matching officer',
  },
  'role.supplier_user': { sv: 'Leverantörsanvändare', da: 'Leverandørbruger', en: 'Supplier user' },
  'role.supplier_admin': {
    sv: 'Leverantörsadministratör',
    da: 'Leverandøradministrator',
    en: 'Supplier administrator',
  },
  'role.org_admin': {
    sv: 'Organisationsadministratör',
    da: 'Organisationsadministrator',
    en: 'Organisation administrator',
  },
} satisfies Record<string, Texts>;

/**
 * Every server text by key. The platform's are here; each area's messages.ts adds its own by
 * declaration merging (`declare module … { interface ServerTexts extends … }`), so a key typed
 * anywhere is checked against all of them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- areas merge into it
export interface ServerTexts extends Readonly<typeof FOUNDATION_MESSAGES> {}

export type MessageKey = keyof ServerTexts & string;
const MESSAGES = new Map<string, Texts>(Object.entries(FOUNDATION_MESSAGES));

/** Adds an area's texts at start; a key claimed by two areas is a programming error. */
export function registerTexts(texts: Readonly<Record<string, Texts>>): void {
  for (const [key, value] of Object.entries(texts)) {
    const known = MESSAGES.get(key);
    if (known !== undefined && known !== value)
      throw new Error(`Server text ${key} is defined twice`);
    MESSAGES.set(key, value);
  }
}

export type MessageParams = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

const PLURAL_RULES = new Map(LOCALES.map((locale) => [locale, new Intl.PluralRules(locale)]));

/**
 * A text with its {name} parameters filled in. {name|one|other} is the word that agrees with the
 * number in name by the language's plural rules, so one text says both "1 row" and "2 rows".
 */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const texts = MESSAGES.get(key);
  if (texts === undefined) throw new Error(`Server text ${key} is not registered`);
  return texts[locale].replace(
    /\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g,
    (m, name: string, one: string | undefined, other: string | undefined) => {
      if (!(name in params)) return m;
      if (one === undefined || other === undefined) return String(params[name]);
      return PLURAL_RULES.get(locale)!.select(Number(params[name])) === 'one' ? one : other;
    },
  );
}

export function hasMessage(key: string): key is MessageKey {
  return MESSAGES.has(key);
}

/** The best of our languages for an Accept-Language header; Swedish when nothing matches. */
export function negotiateLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'sv';
  const wanted = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    const base = tag.split('-')[0];
    if (base === 'nb' || base === 'no' || base === 'nn') continue;
    if (isLocale(base)) return base;
  }
  return 'sv';
}
