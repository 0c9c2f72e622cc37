// Server texts of the call-offs area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const CALLOFF_MESSAGES = {
  'calloff.version_conflict': {
    sv: 'Någon annan har ändrat avropet under tiden. Läs in sidan igen och gör om ändringen.',
    da: 'En anden har ændret afropet imens. Genindlæs siden, og foretag ændringen igen.',
    en: 'Someone else changed the call-off meanwhile. Reload the page and make the change again.',
  },
  'calloff.not_draft': {
    sv: 'Avropet är inte längre ett utkast och kan inte ändras.',
    da: 'Afropet er ikke længere et udkast og kan ikke ændres.',
    en: 'The call-off is no longer a draft and cannot be changed.',
  },
  'calloff.need_not_submitted': {
    sv: 'Bara ett inskickat behov kan avropas. Skicka in behovet först.',
    da: 'Kun et indsendt behov kan afropes. Indsend behovet først.',
    en: 'Only a submitted need can be called off. Submit the need first.',
  },
  'calloff.unknown_option': {
    sv: 'Välj ett av de avtal eller kategorier som passar behovet.',
    da: 'Vælg en af de aftaler eller kategorier, der passer til behovet.',
    en: 'Choose one of the agreements or categories that fit the need.',
  },
  'calloff.invalid': {
    sv: 'Avropet kunde inte sparas. Rätta de markerade fälten.',
    da: 'Afropet kunne ikke gemmes. Ret de markerede felter.',
    en: 'The call-off could not be saved. Correct the marked fields.',
  },
  'calloff.problem.required': {
    sv: 'Fyll i det här fältet.',
    da: 'Udfyld dette felt.',
    en: 'Fill in this field.',
  },
  'calloff.problem.duplicate_requirement': {
    sv: 'Kravet finns redan med samma rubrik.',
    da: 'Kravet findes allerede med samme overskrift.',
    en: 'The requirement is already listed with the same title.',
  },
  'calloff.problem.invalid_minimum': {
    sv: 'Ange ett lägsta värde som är noll eller större.',
    da: 'Angiv en mindsteværdi, der er nul eller større.',
    en: 'Enter a minimum of zero or more.',
  },
  'calloff.problem.invalid_asks': {
    sv: 'Det kravet frågar om passar inte sin sort. Ta bort kravet och lägg till det igen.',
    da: 'Det, kravet spørger om, passer ikke til sin type. Fjern kravet, og tilføj det igen.',
    en: 'What the requirement asks about does not fit its kind. Remove it and add it again.',
  },
  'calloff.problem.invalid_value': {
    sv: 'Ange ett avdrag i kronor eller ett antal poäng som är noll eller större.',
    da: 'Angiv et fradrag i kroner eller et antal point, der er nul eller større.',
    en: 'Enter a deduction or a number of points of zero or more.',
  },
  'calloff.problem.value_required': {
    sv: 'Ett bör-krav behöver ett värde: ett avdrag per enhet eller poäng.',
    da: 'Et bør-krav skal have en værdi: et fradrag pr. enhed eller point.',
    en: 'A should requirement needs a value: a deduction per unit or points.',
  },
  'calloff.problem.must_has_no_value': {
    sv: 'Ett ska-krav har inget värde: ett anbud som inte uppfyller det läggs åt sidan.',
    da: 'Et skal-krav har ingen værdi: et tilbud, der ikke opfylder det, lægges til side.',
    en: 'A must requirement has no value: a bid that fails it is set aside.',
  },
  'calloff.problem.invalid_weights': {
    sv: 'Ange vikter som hela tal, noll eller större, som inte båda är noll.',
    da: 'Angiv vægte som hele tal, nul eller større, som ikke begge er nul.',
    en: 'Enter weights as whole numbers of zero or more, not both zero.',
  },
  // Why an option cannot be used now: one text per DerivationRefusal code of
  // packages/domain/src/procedures/derive.ts, keyed calloff.refusal.<code>.
  'calloff.refusal.agreement_not_active': {
    sv: 'Går inte att avropa nu: avtalet är inte aktivt.',
    da: 'Kan ikke afropes nu: aftalen er ikke aktiv.',
    en: 'Cannot be called off now: the agreement is not active.',
  },
  'calloff.refusal.agreement_not_started': {
    sv: 'Går inte att avropa nu: avtalet har inte börjat gälla.',
    da: 'Kan ikke afropes nu: aftalen er ikke trådt i kraft.',
    en: 'Cannot be called off now: the agreement has not started.',
  },
  'calloff.refusal.agreement_expired': {
    sv: 'Går inte att avropa nu: avtalet har löpt ut.',
    da: 'Kan ikke afropes nu: aftalen er udløbet.',
    en: 'Cannot be called off now: the agreement has expired.',
  },
  'calloff.refusal.agreement_terminated': {
    sv: 'Går inte att avropa nu: avtalet är uppsagt.',
    da: 'Kan ikke afropes nu: aftalen er opsagt.',
    en: 'Cannot be called off now: the agreement has been terminated.',
  },
  'calloff.refusal.agreement_not_participating': {
    sv: 'Går inte att avropa nu: kommunen är inte med i avtalet.',
    da: 'Kan ikke afropes nu: kommunen er ikke med i aftalen.',
    en: 'Cannot be called off now: the municipality does not take part in the agreement.',
  },
  'calloff.refusal.outside_lot_area': {
    sv: 'Går inte att avropa nu: kommunen ligger utanför delområdets geografiska område.',
    da: 'Kan ikke afropes nu: kommunen ligger uden for delaftalens geografiske område.',
    en: "Cannot be called off now: the municipality is outside the lot's area.",
  },
  'calloff.refusal.volume_required': {
    sv: 'Går inte att avropa nu: delområdet väljer förfarande efter volym, och behovet har ingen förväntad volym i {unit}.',
    da: 'Kan ikke afropes nu: delaftalen vælger procedure efter volumen, og behovet har ingen forventet volumen i {unit}.',
    en: 'Cannot be called off now: the lot chooses the procedure by volume and the need has no expected volume in {unit}.',
  },
  'calloff.refusal.volume_unit_mismatch': {
    sv: 'Går inte att avropa nu: delområdets volymregel räknar i {unit}, behovet i {given}.',
    da: 'Kan ikke afropes nu: delaftalens volumenregel regner i {unit}, behovet i {given}.',
    en: "Cannot be called off now: the lot's volume rule counts in {unit}, the need in {given}.",
  },
  'calloff.refusal.dps_not_open': {
    sv: 'Går inte att avropa nu: det dynamiska inköpssystemet är inte öppet.',
    da: 'Kan ikke afropes nu: det dynamiske indkøbssystem er ikke åbent.',
    en: 'Cannot be called off now: the dynamic purchasing system is not open.',
  },
  'calloff.refusal.dps_outside_validity': {
    sv: 'Går inte att avropa nu: det dynamiska inköpssystemet gäller från {validFrom} till {validTo}.',
    da: 'Kan ikke afropes nu: det dynamiske indkøbssystem gælder fra {validFrom} til {validTo}.',
    en: 'Cannot be called off now: the dynamic purchasing system is valid from {validFrom} to {validTo}.',
  },
  'calloff.refusal.dps_not_participating': {
    sv: 'Går inte att avropa nu: kommunen är inte med i det dynamiska inköpssystemet.',
    da: 'Kan ikke afropes nu: kommunen er ikke med i det dynamiske indkøbssystem.',
    en: 'Cannot be called off now: the municipality does not take part in the dynamic purchasing system.',
  },
  'calloff.refusal.dps_initial_period_running': {
    sv: 'Går inte att avropa nu: den inledande perioden pågår till {initialPeriodEndsOn}.',
    da: 'Kan ikke afropes nu: den indledende periode løber til {initialPeriodEndsOn}.',
    en: 'Cannot be called off now: the initial period runs until {initialPeriodEndsOn}.',
  },
  'calloff.refusal.dps_undecided_applications': {
    sv: 'Går inte att avropa nu: {undecided} {undecided|ansökan|ansökningar} väntar på beslut.',
    da: 'Kan ikke afropes nu: {undecided} {undecided|ansøgning|ansøgninger} venter på afgørelse.',
    en: 'Cannot be called off now: {undecided} {undecided|application awaits|applications await} a decision.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof CALLOFF_MESSAGES> {}
}
