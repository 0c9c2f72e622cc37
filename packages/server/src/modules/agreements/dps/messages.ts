// Server texts of the dps area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const DPS_MESSAGES = {
  'dps.reference_taken': {
    sv: 'Det finns redan ett dynamiskt inköpssystem med den referensen.',
    da: 'Der findes allerede et dynamisk indkøbssystem med den reference.',
    en: 'A dynamic purchasing system with that reference already exists.',
  },
  'dps.invalid_date': {
    sv: 'Ange ett giltigt datum (ÅÅÅÅ-MM-DD).',
    da: 'Angiv en gyldig dato (ÅÅÅÅ-MM-DD).',
    en: 'Enter a valid date (YYYY-MM-DD).',
  },
  'dps.valid_to_not_after_valid_from': {
    sv: 'Giltighetstiden måste sluta efter att den börjar.',
    da: 'Gyldighedsperioden skal slutte efter, at den begynder.',
    en: 'The validity must end after it starts.',
  },
  'dps.initial_period_too_short': {
    sv: 'Den inledande ansökningsperioden måste vara minst 30 dagar; tidigast {earliest}.',
    da: 'Den indledende ansøgningsperiode skal være mindst 30 dage; tidligst {earliest}.',
    en: 'The initial application period must last at least 30 days; {earliest} at the earliest.',
  },
  'dps.initial_period_after_validity': {
    sv: 'Den inledande ansökningsperioden måste sluta inom giltighetstiden.',
    da: 'Den indledende ansøgningsperiode skal slutte inden for gyldighedsperioden.',
    en: 'The initial application period must end within the validity.',
  },
  'dps.shorter_period_central_purchasing_body': {
    sv: 'En inköpscentral får inte avtala en kortare anbudstid.',
    da: 'En indkøbscentral må ikke aftale en kortere tilbudsfrist.',
    en: 'A central purchasing body may not agree a shorter tender period.',
  },
  'dps.shorter_period_not_shorter': {
    sv: 'En avtalad kortare anbudstid måste vara kortare än {limit} dagar.',
    da: 'En aftalt kortere tilbudsfrist skal være kortere end {limit} dage.',
    en: 'An agreed shorter tender period must be shorter than {limit} days.',
  },
  'dps.category_unknown': {
    sv: 'Kategorin finns inte i er tjänstetaxonomi.',
    da: 'Kategorien findes ikke i jeres ydelseskatalog.',
    en: 'The category is not in your service taxonomy.',
  },
  'dps.municipality_not_in_mandate': {
    sv: 'Kommunen hör inte till er organisation.',
    da: 'Kommunen hører ikke til jeres organisation.',
    en: 'The municipality is not one you procure for.',
  },
  'dps.requirement_incomplete': {
    sv: 'Ett numeriskt krav behöver ett minimum och ett dokumentkrav en dokumenttyp.',
    da: 'Et numerisk krav kræver et minimum og et dokumentkrav en dokumenttype.',
    en: 'A numeric requirement needs a minimum and a document requirement a document kind.',
  },
  'dps.not_draft': {
    sv: 'Systemet är redan öppnat.',
    da: 'Systemet er allerede åbnet.',
    en: 'The system has already been opened.',
  },
  'dps.not_open': {
    sv: 'Systemet tar inte emot ansökningar nu.',
    da: 'Systemet modtager ikke ansøgninger nu.',
    en: 'The system is not accepting applications now.',
  },
  'dps.closed': {
    sv: 'Systemet är stängt och tar inte emot fler ansökningar. Skäl: {reason}',
    da: 'Systemet er lukket og modtager ikke flere ansøgninger. Begrundelse: {reason}',
    en: 'The system has been closed and accepts no more applications. Reason: {reason}',
  },
  'dps.already_closed': {
    sv: 'Systemet är redan stängt.',
    da: 'Systemet er allerede lukket.',
    en: 'The system has already been closed.',
  },
  'dps.valid_to_before_initial_period': {
    sv: 'Giltighetstiden kan inte sluta före den inledande ansökningsperioden.',
    da: 'Gyldighedsperioden kan ikke slutte før den indledende ansøgningsperiode.',
    en: 'The validity cannot end before the initial application period.',
  },
  'dps.valid_to_in_past': {
    sv: 'Giltighetstiden kan inte sluta före i dag.',
    da: 'Gyldighedsperioden kan ikke slutte før i dag.',
    en: 'The validity cannot end before today.',
  },
  'dps.stale': {
    sv: 'Någon annan har ändrat detta under tiden. Ladda om och försök igen.',
    da: 'En anden har ændret dette imens. Genindlæs, og prøv igen.',
    en: 'Someone else changed this in the meantime. Reload and try again.',
  },
  'dps.reason_required': {
    sv: 'Ange ett skäl.',
    da: 'Angiv en begrundelse.',
    en: 'Give a reason.',
  },
  'dps.application.wrong_status': {
    sv: 'Det går inte med en ansökan som är {status}.',
    da: 'Det kan ikke lade sig gøre med en ansøgning, der er {status}.',
    en: 'This cannot be done with an application that is {status}.',
  },
  'dps.application.already_extended': {
    sv: 'Beslutstiden har redan förlängts en gång; den kan bara förlängas en gång.',
    da: 'Beslutningsfristen er allerede forlænget én gang; den kan kun forlænges én gang.',
    en: 'The decision time has already been extended once; it can be extended only once.',
  },
  'dps.application.already_applied': {
    sv: 'Ni har redan en pågående eller godkänd ansökan för kategorin.',
    da: 'I har allerede en verserende eller godkendt ansøgning for kategorien.',
    en: 'You already have a pending or approved application for the category.',
  },
  'dps.application.category_not_in_dps': {
    sv: 'Kategorin ingår inte i systemet.',
    da: 'Kategorien indgår ikke i systemet.',
    en: 'The category is not part of this system.',
  },
  'dps.application.only_suppliers': {
    sv: 'Bara leverantörer kan ansöka.',
    da: 'Kun leverandører kan ansøge.',
    en: 'Only suppliers can apply.',
  },
  'dps.answer.missing': {
    sv: 'Kravet måste besvaras.',
    da: 'Kravet skal besvares.',
    en: 'This requirement must be answered.',
  },
  'dps.answer.wrong_kind': {
    sv: 'Svaret har fel form för kravet.',
    da: 'Svaret har forkert form for kravet.',
    en: 'The answer has the wrong form for this requirement.',
  },
  'dps.answer.unknown_requirement': {
    sv: 'Kravet finns inte i systemet.',
    da: 'Kravet findes ikke i systemet.',
    en: 'The requirement is not part of this system.',
  },
  'dps.answer.duplicate': {
    sv: 'Kravet har besvarats mer än en gång.',
    da: 'Kravet er besvaret mere end én gang.',
    en: 'The requirement has been answered more than once.',
  },
  'dps.answer.document_not_own': {
    sv: 'Välj ett av era egna gällande dokument.',
    da: 'Vælg et af jeres egne gældende dokumenter.',
    en: 'Choose one of your own current documents.',
  },
  'dps.answer.document_wrong_kind': {
    sv: 'Dokumentet är inte av den typ som krävs.',
    da: 'Dokumentet er ikke af den krævede type.',
    en: 'The document is not of the kind required.',
  },
  'dps.supplier_not_admitted': {
    sv: 'Leverantören är inte antagen i systemet.',
    da: 'Leverandøren er ikke optaget i systemet.',
    en: 'The supplier is not admitted to this system.',
  },
  'dps.declaration.already_answered': {
    sv: 'Begäran har redan besvarats.',
    da: 'Anmodningen er allerede besvaret.',
    en: 'The request has already been answered.',
  },
  'dps.status.pending': { sv: 'under prövning', da: 'under behandling', en: 'pending' },
  'dps.status.approved': { sv: 'godkänd', da: 'godkendt', en: 'approved' },
  'dps.status.rejected': { sv: 'avslagen', da: 'afvist', en: 'rejected' },
  'dps.status.withdrawn': { sv: 'återkallad', da: 'trukket tilbage', en: 'withdrawn' },
  'dps.status.excluded': { sv: 'utesluten', da: 'udelukket', en: 'excluded' },
  // Emails
  'email.dps.received.subject': {
    sv: 'Ansökan mottagen: {dps}',
    da: 'Ansøgning modtaget: {dps}',
    en: 'Application received: {dps}',
  },
  'email.dps.received.body': {
    sv: 'Hej!\n\nVi har tagit emot {supplier}s ansökan till {dps} ({reference}) för: {categories}.\n\nBeslut fattas senast {due}.\n\nDu följer ansökan i Tildel: {link}',
    da: 'Hej!\n\nVi har modtaget {supplier}s ansøgning til {dps} ({reference}) for: {categories}.\n\nDer træffes afgørelse senest {due}.\n\nDu kan følge ansøgningen i Tildel: {link}',
    en: 'Hello,\n\nWe have received the application of {supplier} to {dps} ({reference}) for: {categories}.\n\nA decision will be made by {due}.\n\nYou can follow the application in Tildel: {link}',
  },
  'email.dps.approved.subject': {
    sv: 'Ansökan godkänd: {dps}',
    da: 'Ansøgning godkendt: {dps}',
    en: 'Application approved: {dps}',
  },
  'email.dps.approved.body': {
    sv: 'Hej!\n\n{supplier} är nu antagen i {dps} ({reference}) för: {categories}.\n\nSe ansökan i Tildel: {link}',
    da: 'Hej!\n\n{supplier} er nu optaget i {dps} ({reference}) for: {categories}.\n\nSe ansøgningen i Tildel: {link}',
    en: 'Hello,\n\n{supplier} is now admitted to {dps} ({reference}) for: {categories}.\n\nSee the application in Tildel: {link}',
  },
  'email.dps.rejected.subject': {
    sv: 'Ansökan avslagen: {dps}',
    da: 'Ansøgning afvist: {dps}',
    en: 'Application rejected: {dps}',
  },
  'email.dps.rejected.body': {
    sv: 'Hej!\n\n{supplier}s ansökan till {dps} ({reference}) har avslagits.\n\nSkäl: {reason}\n\nSe ansökan i Tildel: {link}',
    da: 'Hej!\n\n{supplier}s ansøgning til {dps} ({reference}) er afvist.\n\nBegrundelse: {reason}\n\nSe ansøgningen i Tildel: {link}',
    en: 'Hello,\n\nThe application of {supplier} to {dps} ({reference}) has been rejected.\n\nReason: {reason}\n\nSee the application in Tildel: {link}',
  },
  'email.dps.excluded.subject': {
    sv: 'Utesluten ur {dps}',
    da: 'Udelukket fra {dps}',
    en: 'Excluded from {dps}',
  },
  'email.dps.excluded.body': {
    sv: 'Hej!\n\n{supplier} har uteslutits ur {dps} ({reference}) för: {categories}.\n\nSkäl: {reason}\n\nSe ansökan i Tildel: {link}',
    da: 'Hej!\n\n{supplier} er udelukket fra {dps} ({reference}) for: {categories}.\n\nBegrundelse: {reason}\n\nSe ansøgningen i Tildel: {link}',
    en: 'Hello,\n\n{supplier} has been excluded from {dps} ({reference}) for: {categories}.\n\nReason: {reason}\n\nSee the application in Tildel: {link}',
  },
  'email.dps.extended.subject': {
    sv: 'Beslutstiden förlängd: {dps}',
    da: 'Beslutningsfristen forlænget: {dps}',
    en: 'Decision time extended: {dps}',
  },
  'email.dps.extended.body': {
    sv: 'Hej!\n\nBeslutet om {supplier}s ansökan till {dps} ({reference}) fattas nu senast {due}.\n\nSkäl: {reason}\n\nDu följer ansökan i Tildel: {link}',
    da: 'Hej!\n\nAfgørelsen om {supplier}s ansøgning til {dps} ({reference}) træffes nu senest {due}.\n\nBegrundelse: {reason}\n\nDu kan følge ansøgningen i Tildel: {link}',
    en: 'Hello,\n\nThe decision on the application of {supplier} to {dps} ({reference}) will now be made by {due}.\n\nReason: {reason}\n\nYou can follow the application in Tildel: {link}',
  },
  'email.dps.reminder.subject': {
    sv: 'Påminnelse: beslut om ansökan senast {due}',
    da: 'Påmindelse: afgørelse om ansøgning senest {due}',
    en: 'Reminder: decide on an application by {due}',
  },
  'email.dps.reminder.body': {
    sv: 'Hej!\n\n{supplier}s ansökan till {dps} ({reference}) väntar på beslut. Beslutet ska fattas senast {due}.\n\nÖppna ansökningskön i Tildel: {link}',
    da: 'Hej!\n\n{supplier}s ansøgning til {dps} ({reference}) venter på afgørelse. Afgørelsen skal træffes senest {due}.\n\nÅbn ansøgningskøen i Tildel: {link}',
    en: 'Hello,\n\nThe application of {supplier} to {dps} ({reference}) awaits a decision. It must be decided by {due}.\n\nOpen the application queue in Tildel: {link}',
  },
  'email.dps.declaration.subject': {
    sv: 'Begäran om uppdaterad egenförsäkran: {dps}',
    da: 'Anmodning om opdateret egenerklæring: {dps}',
    en: 'Request for an updated self-declaration: {dps}',
  },
  'email.dps.declaration.body': {
    sv: 'Hej!\n\n{body} ber {supplier} att lämna en uppdaterad egenförsäkran i {dps} ({reference}) senast {due}.\n\nSvara i Tildel: {link}',
    da: 'Hej!\n\n{body} beder {supplier} om at afgive en opdateret egenerklæring i {dps} ({reference}) senest {due}.\n\nSvar i Tildel: {link}',
    en: 'Hello,\n\n{body} asks {supplier} for an updated self-declaration in {dps} ({reference}) by {due}.\n\nAnswer in Tildel: {link}',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof DPS_MESSAGES> {}
}
