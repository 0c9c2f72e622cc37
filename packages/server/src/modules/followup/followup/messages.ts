// Server texts of the followup area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const FOLLOWUP_MESSAGES = {
  'followup.stale': {
    sv: 'Någon annan har ändrat detta under tiden. Ladda om och försök igen.',
    da: 'En anden har ændret dette i mellemtiden. Genindlæs, og prøv igen.',
    en: 'Someone else changed this in the meantime. Reload and try again.',
  },
  'followup.version_required': {
    sv: 'Planen finns redan: ange versionen du läste.',
    da: 'Planen findes allerede: angiv den version, du læste.',
    en: 'The plan already exists: give the version you read.',
  },
  'followup.plan_missing': {
    sv: 'Ange först årets mål för antal besök.',
    da: 'Angiv først årets mål for antal besøg.',
    en: "Set the year's target number of visits first.",
  },
  'followup.not_on_agreement': {
    sv: 'Verksamhetens leverantör finns inte på något delområde i ert ramavtal.',
    da: 'Tilbuddets leverandør findes ikke på nogen delaftale i jeres rammeaftale.',
    en: "The establishment's supplier is not on any lot of your agreement.",
  },
  'followup.already_planned': {
    sv: 'Verksamheten finns redan i årets plan för det här avtalet.',
    da: 'Tilbuddet findes allerede i årets plan for denne aftale.',
    en: "The establishment is already in this year's plan for the agreement.",
  },
  'followup.date_outside_year': {
    sv: 'Datumet måste ligga inom planens år ({year}).',
    da: 'Datoen skal ligge inden for planens år ({year}).',
    en: "The date must be within the plan's year ({year}).",
  },
  'followup.planned_visit_done': {
    sv: 'Besöket är redan genomfört och kan inte ändras.',
    da: 'Besøget er allerede gennemført og kan ikke ændres.',
    en: 'The visit has been made and can no longer be changed.',
  },
  'followup.planned_visit_unavailable': {
    sv: 'Det planerade besöket hör inte till den här verksamheten och avtalet, eller är inte längre planerat.',
    da: 'Det planlagte besøg hører ikke til dette tilbud og denne aftale eller er ikke længere planlagt.',
    en: 'The planned visit is not for this establishment and agreement, or is no longer planned.',
  },
  'followup.permit_unknown': {
    sv: 'Tillståndet hör inte till den här verksamheten.',
    da: 'Tilladelsen hører ikke til dette tilbud.',
    en: 'The permit does not belong to this establishment.',
  },
  'followup.permit_check.seen_required': {
    sv: 'Ange vad du såg i tillståndsregistret (giltigt, ändrat, återkallat eller öppet ärende).',
    da: 'Angiv, hvad du så i tilladelsesregistret (gyldig, ændret, tilbagekaldt eller åben sag).',
    en: 'Say what you saw in the permit record (valid, changed, revoked or open case).',
  },
  'followup.permit_check.seen_unknown': {
    sv: 'Välj giltigt, ändrat, återkallat eller öppet ärende.',
    da: 'Vælg gyldig, ændret, tilbagekaldt eller åben sag.',
    en: 'Choose valid, changed, revoked or open case.',
  },
  'followup.permit_check.note_required': {
    sv: 'Beskriv vad som har ändrats eller vad ärendet gäller.',
    da: 'Beskriv, hvad der er ændret, eller hvad sagen drejer sig om.',
    en: 'Describe what changed or what the case is about.',
  },
  'followup.permit_check.reference_required': {
    sv: 'Ange diarienumret för beslutet om återkallelse.',
    da: 'Angiv journalnummeret for afgørelsen om tilbagekaldelse.',
    en: 'Give the reference of the decision to revoke.',
  },
  'followup.visit_in_future': {
    sv: 'Ett besök kan inte registreras i förväg.',
    da: 'Et besøg kan ikke registreres på forhånd.',
    en: 'A visit cannot be recorded before it has happened.',
  },
  'followup.document_type': {
    sv: 'Bifoga PDF, PNG eller JPEG.',
    da: 'Vedhæft PDF, PNG eller JPEG.',
    en: 'Attach a PDF, PNG or JPEG.',
  },
  'followup.finding.requirement_unknown': {
    sv: 'Kravet hör inte till avtalet.',
    da: 'Kravet hører ikke til aftalen.',
    en: 'The requirement is not one of the agreement’s.',
  },
  'followup.finding.requirement_duplicate': {
    sv: 'Kravet har redan en iakttagelse.',
    da: 'Kravet har allerede en iagttagelse.',
    en: 'The requirement already has a finding.',
  },
  'followup.finding.outcome_required': {
    sv: 'Välj uppfyllt, delvis uppfyllt eller inte uppfyllt.',
    da: 'Vælg opfyldt, delvist opfyldt eller ikke opfyldt.',
    en: 'Choose met, partly met or not met.',
  },
  'followup.finding.text_required': {
    sv: 'Beskriv vad som inte är uppfyllt.',
    da: 'Beskriv, hvad der ikke er opfyldt.',
    en: 'Describe what is not met.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof FOLLOWUP_MESSAGES> {}
}
