// The statistics' tables under their charts as files to download: the columns each table shows,
// procedures, states and reasons as words in the reader's language, shares as percent.
import type { Static } from 'typebox';
import type { TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import { CALLOFF_PROCEDURE_WORDS, CALLOFF_STATUS_WORDS } from '../../calloffs/calloffs/export.ts';
import { SKIP_REASON_WORDS } from '../../calloffs/cascade/export.ts';
import {
  OUTCOMES,
  type deviations,
  type dpsDecisions,
  type followup,
  type leadTimes,
  type procedures,
  type suppliers,
} from './schemas.ts';

type ProcedureRow = Static<typeof procedures>['items'][number];
type ReasonRow = Static<typeof deviations>['reasons'][number];
type DeviationRow = Static<typeof deviations>['items'][number];
type SupplierRow = Static<typeof suppliers>['items'][number];
type SpanRow = Static<typeof leadTimes>['buckets'][number];
type LeadTimeRow = Static<typeof leadTimes>['byProcedure'][number];
type DpsRow = Static<typeof dpsDecisions>['items'][number];
type PlanRow = Static<typeof followup>['plans'][number];
type CorrectionRow = Static<typeof followup>['corrections'][number];

const H = {
  procedure: { sv: 'Förfarande', da: 'Procedure', en: 'Procedure' },
  total: { sv: 'Totalt', da: 'I alt', en: 'Total' },
  municipality: { sv: 'Kommun', da: 'Kommune', en: 'Municipality' },
  agreement: { sv: 'Avtal', da: 'Aftale', en: 'Agreement' },
  supplier: { sv: 'Leverantör', da: 'Leverandør', en: 'Supplier' },
  reason: { sv: 'Skäl', da: 'Begrundelse', en: 'Reason' },
  deviations: { sv: 'Avsteg', da: 'Afvigelser', en: 'Deviations' },
  orders: { sv: 'Avropsavtal', da: 'Bestillinger', en: 'Orders' },
  medianDays: { sv: 'Median i dagar', da: 'Median i dage', en: 'Median days' },
} satisfies Record<string, Texts>;

/** A share 0..1 as percent with one decimal, as the screen shows it; none when nothing counted. */
const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

const count = <Row>(header: Texts, value: (row: Row) => number): TableColumn<Row> => ({
  header,
  value,
});

export const PROCEDURES_NAME: Texts = {
  sv: 'avrop-per-forfarande',
  da: 'afrop-pr-procedure',
  en: 'calloffs-per-procedure',
};
export const PROCEDURE_COLUMNS: readonly TableColumn<ProcedureRow>[] = [
  { header: H.procedure, value: (r, locale) => CALLOFF_PROCEDURE_WORDS[r.procedure][locale] },
  ...OUTCOMES.map((o) => count<ProcedureRow>(CALLOFF_STATUS_WORDS[o], (r) => r[o])),
  count<ProcedureRow>(H.total, (r) => r.total),
];

export const REASONS_NAME: Texts = {
  sv: 'avsteg-per-skal',
  da: 'afvigelser-pr-begrundelse',
  en: 'deviations-per-reason',
};
export const REASON_COLUMNS: readonly TableColumn<ReasonRow>[] = [
  { header: H.reason, value: (r, locale) => SKIP_REASON_WORDS[r.reason][locale] },
  count<ReasonRow>(H.deviations, (r) => r.count),
];

export const DEVIATIONS_NAME: Texts = {
  sv: 'avsteg-fran-rangordning',
  da: 'afvigelser-fra-rangordning',
  en: 'ranking-deviations',
};
export const DEVIATION_COLUMNS: readonly TableColumn<DeviationRow>[] = [
  { header: { sv: 'Datum', da: 'Dato', en: 'Date' }, value: (r) => new Date(r.decidedAt) },
  { header: H.municipality, value: (r) => r.municipality.name },
  { header: H.agreement, value: (r) => r.agreement.reference },
  { header: H.supplier, value: (r) => r.supplier.name },
  count<DeviationRow>({ sv: 'Plats', da: 'Plads', en: 'Rank' }, (r) => r.rank),
  { header: H.reason, value: (r, locale) => SKIP_REASON_WORDS[r.reason][locale] },
];

export const SUPPLIERS_NAME: Texts = {
  sv: 'svar-per-leverantor',
  da: 'svar-pr-leverandor',
  en: 'supplier-responses',
};
export const SUPPLIER_COLUMNS: readonly TableColumn<SupplierRow>[] = [
  { header: H.supplier, value: (r) => r.supplier.name },
  count<SupplierRow>({ sv: 'Inbjudna', da: 'Inviteret', en: 'Invited' }, (r) => r.invited),
  count<SupplierRow>(
    { sv: 'Kända svar', da: 'Kendte svar', en: 'Answers known' },
    (r) => r.settled,
  ),
  count<SupplierRow>({ sv: 'Svarade', da: 'Svarede', en: 'Responded' }, (r) => r.responded),
  count<SupplierRow>({ sv: 'Avböjde', da: 'Afslog', en: 'Declined' }, (r) => r.declined),
  count<SupplierRow>({ sv: 'Anbud', da: 'Tilbud', en: 'Bid' }, (r) => r.bid),
  count<SupplierRow>({ sv: 'Vunna', da: 'Vundet', en: 'Won' }, (r) => r.won),
  {
    header: { sv: 'Svarsfrekvens (%)', da: 'Svarprocent (%)', en: 'Response rate (%)' },
    value: (r) => percent(r.responseRate),
  },
  {
    header: { sv: 'Andel avböjda (%)', da: 'Andel afslag (%)', en: 'Decline rate (%)' },
    value: (r) => percent(r.declineRate),
  },
  {
    header: { sv: 'Andel anbud (%)', da: 'Andel tilbud (%)', en: 'Bid rate (%)' },
    value: (r) => percent(r.bidRate),
  },
  {
    header: { sv: 'Andel vunna (%)', da: 'Andel vundne (%)', en: 'Share won (%)' },
    value: (r) => percent(r.winShare),
  },
];

export const SPANS_NAME: Texts = {
  sv: 'dagar-fran-behov-till-avropsavtal',
  da: 'dage-fra-behov-til-bestilling',
  en: 'days-from-need-to-order',
};
const SPAN: Texts = { sv: '{from}–{to} dagar', da: '{from}–{to} dage', en: '{from}–{to} days' };
const OVER: Texts = {
  sv: 'Mer än {from} dagar',
  da: 'Mere end {from} dage',
  en: 'More than {from} days',
};
export const SPAN_COLUMNS: readonly TableColumn<SpanRow>[] = [
  {
    header: { sv: 'Dagar', da: 'Dage', en: 'Days' },
    value: (r, locale) =>
      (r.to === null ? OVER : SPAN)[locale]
        .replace('{from}', String(r.from))
        .replace('{to}', String(r.to)),
  },
  count<SpanRow>(H.orders, (r) => r.count),
];

export const LEAD_TIMES_NAME: Texts = {
  sv: 'median-i-dagar-per-forfarande',
  da: 'median-i-dage-pr-procedure',
  en: 'median-days-per-procedure',
};
export const LEAD_TIME_COLUMNS: readonly TableColumn<LeadTimeRow>[] = [
  { header: H.procedure, value: (r, locale) => CALLOFF_PROCEDURE_WORDS[r.procedure][locale] },
  count<LeadTimeRow>(H.orders, (r) => r.orders),
  { header: H.medianDays, value: (r) => r.medianDays },
];

export const DPS_NAME: Texts = {
  sv: 'beslut-per-inkopssystem',
  da: 'afgorelser-pr-indkobssystem',
  en: 'dps-decisions',
};
export const DPS_COLUMNS: readonly TableColumn<DpsRow>[] = [
  { header: { sv: 'Inköpssystem', da: 'Indkøbssystem', en: 'DPS' }, value: (r) => r.dps.reference },
  count<DpsRow>({ sv: 'Beslutade', da: 'Afgjort', en: 'Decided' }, (r) => r.decided),
  count<DpsRow>({ sv: 'I tid', da: 'Til tiden', en: 'On time' }, (r) => r.onTime),
  count<DpsRow>({ sv: 'Sent', da: 'For sent', en: 'Late' }, (r) => r.late),
  count<DpsRow>({ sv: 'Väntar', da: 'Venter', en: 'Waiting' }, (r) => r.pending),
  count<DpsRow>(
    { sv: 'Väntar efter fristen', da: 'Venter efter fristen', en: 'Waiting past the clock' },
    (r) => r.pendingOverdue,
  ),
  {
    header: {
      sv: 'Median i arbetsdagar',
      da: 'Median i arbejdsdage',
      en: 'Median working days',
    },
    value: (r) => r.medianWorkingDays,
  },
];

export const PLANS_NAME: Texts = {
  sv: 'besok-per-plan',
  da: 'besog-pr-plan',
  en: 'visits-per-plan',
};
export const PLAN_COLUMNS: readonly TableColumn<PlanRow>[] = [
  { header: { sv: 'År', da: 'År', en: 'Year' }, value: (r) => r.year },
  {
    header: { sv: 'Upphandlande organisation', da: 'Ordregiver', en: 'Procurement body' },
    value: (r) => r.body,
  },
  {
    header: { sv: 'Önskade besök', da: 'Ønskede besøg', en: 'Visits wanted' },
    value: (r) => r.target,
  },
  count<PlanRow>({ sv: 'Planerade', da: 'Planlagt', en: 'Planned' }, (r) => r.planned),
  count<PlanRow>({ sv: 'Genomförda', da: 'Gennemført', en: 'Made' }, (r) => r.done),
  {
    header: { sv: 'Täckning (%)', da: 'Dækning (%)', en: 'Coverage (%)' },
    value: (r) => percent(r.coverage),
  },
];

export const OPEN_CORRECTIONS_NAME: Texts = {
  sv: 'oppna-begaranden-om-rattelse',
  da: 'abne-pabud-om-berigtigelse',
  en: 'open-requests-for-correction',
};
export const OPEN_CORRECTION_COLUMNS: readonly TableColumn<CorrectionRow>[] = [
  {
    header: H.agreement,
    value: (r) => `${r.agreement.reference} ${r.agreement.title}`,
  },
  count<CorrectionRow>({ sv: 'Öppna', da: 'Åbne', en: 'Open' }, (r) => r.open),
  count<CorrectionRow>(
    { sv: 'Efter sista dag', da: 'Efter fristen', en: 'Past the deadline' },
    (r) => r.overdue,
  ),
  count<CorrectionRow>(
    { sv: 'Besvarade, att granska', da: 'Besvaret, til gennemgang', en: 'Answered, to review' },
    (r) => r.answered,
  ),
];
