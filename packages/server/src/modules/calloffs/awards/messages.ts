// Server texts of the awards area (problem messages, emails, the decision PDF) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const AWARD_MESSAGES = {
  'award.not_opened': {
    sv: 'Anbuden öppnas först efter sista anbudsdag. Utvärderingen visas efter öppningen.',
    da: 'Tilbuddene åbnes først efter tilbudsfristen. Evalueringen vises efter åbningen.',
    en: 'The bids are opened only after the tender deadline. The evaluation is shown after the opening.',
  },
  'award.not_in_evaluation': {
    sv: 'Avropet utvärderas inte längre: anbud kan läggas åt sidan och tilldelas bara mellan öppningen och tilldelningsbeslutet.',
    da: 'Afropet evalueres ikke længere: tilbud kan kun lægges til side og tildeles mellem åbningen og tildelingsbeslutningen.',
    en: 'The call-off is no longer being evaluated: bids can be set aside and awarded only between the opening and the award decision.',
  },
  'award.unknown_bid': {
    sv: 'Välj ett av avropets anbud.',
    da: 'Vælg et af afropets tilbud.',
    en: "Choose one of the call-off's bids.",
  },
  'award.bid_set_aside': {
    sv: 'Anbudet är lagt åt sidan och kan inte tilldelas.',
    da: 'Tilbuddet er lagt til side og kan ikke tildeles.',
    en: 'This bid has been set aside and cannot be awarded.',
  },
  'award.not_awarded': {
    sv: 'Avropsavtalet kan skapas först efter tilldelningsbeslutet.',
    da: 'Aftalen kan først oprettes efter tildelingsbeslutningen.',
    en: 'The order can be made only after the award decision.',
  },
  'award.standstill_running': {
    sv: 'Avtalsspärren löper till och med {until}. Avropsavtalet kan skapas efter det.',
    da: 'Standstill-perioden løber til og med {until}. Aftalen kan oprettes derefter.',
    en: 'The standstill period runs until the end of {until}. The order can be made after that.',
  },
  'award.end_before_start': {
    sv: 'Slutdatum kan inte vara före startdatum.',
    da: 'Slutdatoen kan ikke ligge før startdatoen.',
    en: 'The end date cannot be before the start date.',
  },
  // The decision to every bidder
  'award.email.subject': {
    sv: 'Tilldelningsbeslut: {calloff}',
    da: 'Tildelingsbeslutning: {calloff}',
    en: 'Award decision: {calloff}',
  },
  'award.email.body': {
    sv: 'Hej!\n\n{buyer} har fattat tilldelningsbeslut i avropet {calloff} ({reference}).\n\n{outcome}\n\nTilldelad leverantör: {winner}\nEr placering: {position}\n\nSkäl för beslutet:\n{reasons}\n\n{standstill}\n\nLäs beslutet och ladda ner det som PDF:\n{link}',
    da: 'Hej!\n\n{buyer} har truffet tildelingsbeslutning i afropet {calloff} ({reference}).\n\n{outcome}\n\nTildelt leverandør: {winner}\nJeres placering: {position}\n\nBegrundelse for beslutningen:\n{reasons}\n\n{standstill}\n\nLæs beslutningen, og hent den som PDF:\n{link}',
    en: 'Hello,\n\n{buyer} has made the award decision in the call-off {calloff} ({reference}).\n\n{outcome}\n\nSupplier awarded: {winner}\nYour position: {position}\n\nReasons for the decision:\n{reasons}\n\n{standstill}\n\nRead the decision and download it as a PDF:\n{link}',
  },
  'award.email.won': {
    sv: 'Ert anbud har tilldelats avropet.',
    da: 'Jeres tilbud har fået tildelingen.',
    en: 'Your bid has been awarded the call-off.',
  },
  'award.email.lost': {
    sv: 'Ert anbud har inte tilldelats avropet.',
    da: 'Jeres tilbud har ikke fået tildelingen.',
    en: 'Your bid has not been awarded the call-off.',
  },
  'award.position.ranked': {
    sv: 'plats {rank} av {count}',
    da: 'nummer {rank} af {count}',
    en: 'rank {rank} of {count}',
  },
  'award.position.set_aside': {
    sv: 'anbudet lades åt sidan ({why})',
    da: 'tilbuddet blev lagt til side ({why})',
    en: 'the bid was set aside ({why})',
  },
  'award.set_aside.must': {
    sv: 'uppfyller inte ska-kravet "{title}"',
    da: 'opfylder ikke skal-kravet "{title}"',
    en: 'does not meet the must requirement "{title}"',
  },
  'award.standstill': {
    sv: 'Avtalsspärr: avropsavtal tecknas tidigast efter {until}.',
    da: 'Standstill: aftalen indgås tidligst efter {until}.',
    en: 'Standstill: the order will be made no earlier than after {until}.',
  },
  'award.no_standstill': {
    sv: 'Ingen avtalsspärr: avropsavtalet kan tecknas direkt.',
    da: 'Ingen standstill: aftalen kan indgås med det samme.',
    en: 'No standstill: the order can be made at once.',
  },
  // The decision document
  'award.pdf.title': {
    sv: 'Tilldelningsbeslut',
    da: 'Tildelingsbeslutning',
    en: 'Award decision',
  },
  'award.pdf.buyer': {
    sv: 'Upphandlande myndighet',
    da: 'Ordregiver',
    en: 'Contracting authority',
  },
  'award.pdf.calloff': { sv: 'Avrop', da: 'Afrop', en: 'Call-off' },
  'award.pdf.reference': { sv: 'Referens', da: 'Reference', en: 'Reference' },
  'award.pdf.procedure': { sv: 'Förfarande', da: 'Procedure', en: 'Procedure' },
  'award.pdf.procedure.ranking': {
    sv: 'Avrop enligt rangordning',
    da: 'Tildeling efter rangorden',
    en: 'Call-off by ranking',
  },
  'award.pdf.procedure.renewed_competition': {
    sv: 'Förnyad konkurrensutsättning',
    da: 'Miniudbud',
    en: 'Renewed competition',
  },
  'award.pdf.procedure.dps_specific_contract': {
    sv: 'Tilldelning av kontrakt inom dynamiskt inköpssystem',
    da: 'Tildeling af kontrakt i dynamisk indkøbssystem',
    en: 'Specific contract within a dynamic purchasing system',
  },
  'award.pdf.winner': {
    sv: 'Tilldelad leverantör',
    da: 'Tildelt leverandør',
    en: 'Supplier awarded',
  },
  'award.pdf.reasons': { sv: 'Skäl för beslutet', da: 'Begrundelse', en: 'Reasons' },
  'award.pdf.summary': {
    sv: 'Utvärdering',
    da: 'Evaluering',
    en: 'Evaluation',
  },
  'award.pdf.table.rank': { sv: 'Plats', da: 'Placering', en: 'Rank' },
  'award.pdf.table.supplier': { sv: 'Leverantör', da: 'Leverandør', en: 'Supplier' },
  'award.pdf.table.unit_price': { sv: 'Styckpris', da: 'Enhedspris', en: 'Unit price' },
  'award.pdf.table.value': {
    sv: 'Jämförelsevärde',
    da: 'Sammenligningsværdi',
    en: 'Comparison value',
  },
  'award.pdf.per_point': {
    sv: '{value} per poäng',
    da: '{value} pr. point',
    en: '{value} per point',
  },
  'award.pdf.no_quality_points': {
    sv: 'Inga kvalitetspoäng (hamnar sist)',
    da: 'Ingen kvalitetspoint (placeres sidst)',
    en: 'No quality points (ranks last)',
  },
  'award.pdf.score': { sv: '{value} poäng', da: '{value} point', en: '{value} points' },
  'award.pdf.set_aside': { sv: 'Åt sidan', da: 'Lagt til side', en: 'Set aside' },
  'award.pdf.standstill': {
    sv: 'Avtalsspärr till och med',
    da: 'Standstill til og med',
    en: 'Standstill until the end of',
  },
  'award.pdf.date': { sv: 'Beslutsdatum', da: 'Beslutningsdato', en: 'Date of decision' },
  'award.pdf.decided_by': { sv: 'Beslutat av', da: 'Besluttet af', en: 'Decided by' },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof AWARD_MESSAGES> {}
}
