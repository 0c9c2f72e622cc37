// Qualification in a dynamic purchasing system (LOU 9 kap / udbudsloven §§ 68–69, directive
// 2014/24 art. 34): the decision clock of an application, its extension, reminders, the updated
// self-declaration, the initial application period, the agreed shorter tender period, the state
// machine of an application, and when the first call-off may start.
import {
  addCalendarDays,
  addWorkingDays,
  deadlineAfterWorkingDays,
  endOfLocalDay,
  isPlainDate,
  localDate,
  startOfLocalDay,
  workingDaysBetween,
  type PlainDate,
} from './calendar.ts';
import type { Country } from './country.ts';

/** An application is decided within 10 working days of receipt … */
export const DECISION_WORKING_DAYS = 10;
/** … or 15, once, when the extension is justified and the reason recorded. */
export const EXTENDED_DECISION_WORKING_DAYS = 15;
/** The officers are reminded this many working days before the decision is due. */
export const REMINDER_WORKING_DAYS_BEFORE = 2;
/** An admitted supplier answers a request for an updated self-declaration within 5 working days. */
export const DECLARATION_WORKING_DAYS = 5;
/** The initial application period lasts at least 30 days from the opening. */
export const MIN_INITIAL_PERIOD_DAYS = 30;
/** Without an agreed shorter period a DPS call-off gives suppliers at least 10 days. */
export const MIN_TENDER_PERIOD_DAYS = 10;

// Deadlines set by statute: in Sweden lag (1930:173) also treats Saturdays, midsummer eve,
// Christmas eve and New Year's eve as holidays; the day after receipt is day 1.
const STATUTORY = { statutory: true } as const;

export const APPLICATION_STATUSES = [
  'pending',
  'approved',
  'rejected',
  'withdrawn',
  'excluded',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

// ---- the decision clock ------------------------------------------------------------------------

/** The end of the 10th working day after the day of receipt, in the DPS's country. */
export function decisionDeadline(receivedAt: Date, country: Country): Date {
  return deadlineAfterWorkingDays(receivedAt, DECISION_WORKING_DAYS, country, STATUTORY);
}

export type ExtensionRefusal = 'not_pending' | 'already_extended' | 'reason_required';

/**
 * The extended deadline (15 working days from receipt), or why it cannot be extended: only a
 * pending application, only once, and only with a reason.
 */
export function extendDecision(
  application: { status: ApplicationStatus; receivedAt: Date; extendedAt: Date | null },
  reason: string,
  country: Country,
): { ok: true; decisionDueAt: Date } | { ok: false; refusal: ExtensionRefusal } {
  if (application.status !== 'pending') return { ok: false, refusal: 'not_pending' };
  if (application.extendedAt !== null) return { ok: false, refusal: 'already_extended' };
  if (reason.trim() === '') return { ok: false, refusal: 'reason_required' };
  return {
    ok: true,
    decisionDueAt: deadlineAfterWorkingDays(
      application.receivedAt,
      EXTENDED_DECISION_WORKING_DAYS,
      country,
      STATUTORY,
    ),
  };
}

/** Pending past its deadline. */
export function isOverdue(
  application: { status: ApplicationStatus; decisionDueAt: Date },
  now: Date,
): boolean {
  return application.status === 'pending' && now.getTime() > application.decisionDueAt.getTime();
}

/**
 * Working days from today to the day the decision is due, in the country: 0 on the last day,
 * negative once overdue. What the queue shows as "due in N working days".
 */
export function workingDaysLeft(decisionDueAt: Date, now: Date, country: Country): number {
  return workingDaysBetween(
    localDate(now, country),
    localDate(decisionDueAt, country),
    country,
    STATUTORY,
  );
}

/** The start of the working day two working days before the day the decision is due. */
export function reminderDueAt(decisionDueAt: Date, country: Country): Date {
  const dueDay = localDate(decisionDueAt, country);
  return startOfLocalDay(
    addWorkingDays(dueDay, -REMINDER_WORKING_DAYS_BEFORE, country, STATUTORY),
    country,
  );
}

/** A pending application not yet reminded of, whose reminder time has come. */
export function isReminderDue(
  application: { status: ApplicationStatus; decisionDueAt: Date; remindedAt: Date | null },
  now: Date,
  country: Country,
): boolean {
  return (
    application.status === 'pending' &&
    application.remindedAt === null &&
    now.getTime() >= reminderDueAt(application.decisionDueAt, country).getTime()
  );
}

/** The end of the 5th working day after the request for an updated self-declaration. */
export function declarationDeadline(requestedAt: Date, country: Country): Date {
  return deadlineAfterWorkingDays(requestedAt, DECLARATION_WORKING_DAYS, country, STATUTORY);
}

// ---- setting the DPS up ------------------------------------------------------------------------

/** The first day the initial application period may end: 30 days after the opening. */
export function earliestInitialPeriodEnd(openedOn: PlainDate): PlainDate {
  return addCalendarDays(openedOn, MIN_INITIAL_PERIOD_DAYS);
}

export type SetUpProblem =
  | { field: 'validTo'; problem: 'not_after_valid_from' }
  | { field: 'initialPeriodEndsOn'; problem: 'too_short'; earliest: PlainDate }
  | { field: 'initialPeriodEndsOn'; problem: 'after_validity' }
  | { field: 'agreedTenderPeriodDays'; problem: 'central_purchasing_body' }
  | { field: 'agreedTenderPeriodDays'; problem: 'not_shorter'; limit: number }
  | { field: 'validFrom' | 'validTo' | 'initialPeriodEndsOn'; problem: 'invalid_date' };

/**
 * What is wrong with the terms of a DPS, checked against the day it opens (or would open): a
 * validity period set in advance, an initial application period of at least 30 days inside it,
 * and a shorter tender period only when agreed by a body that is not a central purchasing body.
 */
export function setUpProblems(
  terms: {
    validFrom: PlainDate;
    validTo: PlainDate;
    initialPeriodEndsOn: PlainDate;
    ownerIsCentralPurchasingBody: boolean;
    agreedTenderPeriodDays: number | null;
  },
  opensOn: PlainDate,
): SetUpProblem[] {
  const problems: SetUpProblem[] = [];
  const dates = ['validFrom', 'validTo', 'initialPeriodEndsOn'] as const;
  const invalid = dates.filter((field) => !isPlainDate(terms[field]));
  for (const field of invalid) problems.push({ field, problem: 'invalid_date' });
  if (invalid.length === 0) {
    if (terms.validTo <= terms.validFrom)
      problems.push({ field: 'validTo', problem: 'not_after_valid_from' });
    const start = terms.validFrom > opensOn ? terms.validFrom : opensOn;
    const earliest = earliestInitialPeriodEnd(start);
    if (terms.initialPeriodEndsOn < earliest)
      problems.push({ field: 'initialPeriodEndsOn', problem: 'too_short', earliest });
    else if (terms.initialPeriodEndsOn > terms.validTo)
      problems.push({ field: 'initialPeriodEndsOn', problem: 'after_validity' });
  }
  problems.push(...tenderPeriodProblems(terms));
  return problems;
}

function tenderPeriodProblems(terms: {
  ownerIsCentralPurchasingBody: boolean;
  agreedTenderPeriodDays: number | null;
}): SetUpProblem[] {
  if (terms.agreedTenderPeriodDays === null) return [];
  if (terms.ownerIsCentralPurchasingBody)
    return [{ field: 'agreedTenderPeriodDays', problem: 'central_purchasing_body' }];
  if (terms.agreedTenderPeriodDays >= MIN_TENDER_PERIOD_DAYS)
    return [
      { field: 'agreedTenderPeriodDays', problem: 'not_shorter', limit: MIN_TENDER_PERIOD_DAYS },
    ];
  return [];
}

// ---- the state machine of an application --------------------------------------------------------

export type ApplicationAction = 'approve' | 'reject' | 'withdraw' | 'exclude';
export type ApplicationActor = 'owner' | 'supplier';

/** From which status, to which, by whom; and whether a reason must be given. */
export const APPLICATION_TRANSITIONS: Readonly<
  Record<
    ApplicationAction,
    { from: ApplicationStatus; to: ApplicationStatus; by: ApplicationActor; needsReason: boolean }
  >
> = {
  approve: { from: 'pending', to: 'approved', by: 'owner', needsReason: false },
  // The supplier is told why it was not admitted.
  reject: { from: 'pending', to: 'rejected', by: 'owner', needsReason: true },
  withdraw: { from: 'pending', to: 'withdrawn', by: 'supplier', needsReason: false },
  exclude: { from: 'approved', to: 'excluded', by: 'owner', needsReason: true },
};

export type TransitionRefusal = 'wrong_actor' | 'wrong_status' | 'reason_required';

/** The status an action leads to, or why it may not be taken. */
export function transition(
  status: ApplicationStatus,
  action: ApplicationAction,
  actor: ApplicationActor,
  reason = '',
): { ok: true; to: ApplicationStatus } | { ok: false; refusal: TransitionRefusal } {
  const rule = APPLICATION_TRANSITIONS[action];
  if (rule.by !== actor) return { ok: false, refusal: 'wrong_actor' };
  if (rule.from !== status) return { ok: false, refusal: 'wrong_status' };
  if (rule.needsReason && reason.trim() === '') return { ok: false, refusal: 'reason_required' };
  return { ok: true, to: rule.to };
}

/** Statuses in which a supplier has a live application for its categories. */
export function isOpenApplication(status: ApplicationStatus): boolean {
  return status === 'pending' || status === 'approved';
}

// ---- the initial-period rule ----------------------------------------------------------------------

/** The DPS as far as the initial-period rule needs it. */
export interface InitialPeriod {
  initialPeriodEndsOn: PlainDate;
  country: Country;
}

/** The initial application period ends at the end of its last day, local time. */
export function initialPeriodEndsAt(dps: InitialPeriod): Date {
  return endOfLocalDay(dps.initialPeriodEndsOn, dps.country);
}

export function isInInitialPeriod(receivedAt: Date, dps: InitialPeriod): boolean {
  return receivedAt.getTime() <= initialPeriodEndsAt(dps).getTime();
}

export type CallOffReadiness =
  | { mayStart: true }
  | { mayStart: false; reason: 'initial_period_running' }
  | { mayStart: false; reason: 'undecided_applications'; undecided: number };

/**
 * No call-off may start in a DPS until the initial application period is over and every
 * application received in it has been decided. A withdrawn application needs no decision;
 * applications received after the initial period do not hold call-offs back.
 */
export function mayStartCallOff(
  applications: readonly { status: ApplicationStatus; inInitialPeriod: boolean }[],
  now: Date,
  dps: InitialPeriod,
): CallOffReadiness {
  if (now.getTime() <= initialPeriodEndsAt(dps).getTime())
    return { mayStart: false, reason: 'initial_period_running' };
  const undecided = applications.filter((a) => a.inInitialPeriod && a.status === 'pending').length;
  return undecided === 0
    ? { mayStart: true }
    : { mayStart: false, reason: 'undecided_applications', undecided };
}

// ---- answers to the qualification requirements ------------------------------------------------------

export type RequirementKind = 'declaration' | 'numeric_minimum' | 'document';

export interface Requirement {
  id: string;
  kind: RequirementKind;
  /** For numeric_minimum. */
  minimum: number | null;
  /** For document: the kind of compliance document asked for. */
  documentKind: string | null;
}

export type Answer =
  | { requirementId: string; declared: boolean }
  | { requirementId: string; value: number }
  | { requirementId: string; documentId: string };

export type AnswerProblem =
  | 'missing'
  | 'wrong_kind'
  | 'unknown_requirement'
  | 'duplicate'
  | 'document_not_own'
  | 'document_wrong_kind';

/**
 * Checks that every requirement has exactly one answer of its kind, and that each document is
 * one of the supplier's own current documents of the kind asked for. Whether an answer meets the
 * requirement is for the officer to judge (see meetsRequirement); this only checks completeness.
 */
export function answerProblems(
  requirements: readonly Requirement[],
  answers: readonly Answer[],
  ownDocuments: ReadonlyMap<string, string>,
): { requirementId: string; problem: AnswerProblem }[] {
  const problems: { requirementId: string; problem: AnswerProblem }[] = [];
  const byId = new Map(requirements.map((r) => [r.id, r]));
  const seen = new Set<string>();
  for (const answer of answers) {
    const requirement = byId.get(answer.requirementId);
    if (!requirement) {
      problems.push({ requirementId: answer.requirementId, problem: 'unknown_requirement' });
      continue;
    }
    if (seen.has(requirement.id)) {
      problems.push({ requirementId: requirement.id, problem: 'duplicate' });
      continue;
    }
    seen.add(requirement.id);
    const problem = answerKindProblem(requirement, answer, ownDocuments);
    if (problem) problems.push({ requirementId: requirement.id, problem });
  }
  for (const requirement of requirements) {
    if (!seen.has(requirement.id))
      problems.push({ requirementId: requirement.id, problem: 'missing' });
  }
  return problems;
}

function answerKindProblem(
  requirement: Requirement,
  answer: Answer,
  ownDocuments: ReadonlyMap<string, string>,
): AnswerProblem | null {
  switch (requirement.kind) {
    case 'declaration':
      return 'declared' in answer ? null : 'wrong_kind';
    case 'numeric_minimum':
      return 'value' in answer && Number.isFinite(answer.value) ? null : 'wrong_kind';
    case 'document': {
      if (!('documentId' in answer)) return 'wrong_kind';
      const kind = ownDocuments.get(answer.documentId);
      if (kind === undefined) return 'document_not_own';
      if (requirement.documentKind !== null && kind !== requirement.documentKind)
        return 'document_wrong_kind';
      return null;
    }
  }
}

/** Whether an answer meets its requirement: a true declaration, a number at the minimum, a document. */
export function meetsRequirement(requirement: Requirement, answer: Answer | undefined): boolean {
  if (!answer) return false;
  switch (requirement.kind) {
    case 'declaration':
      return 'declared' in answer && answer.declared;
    case 'numeric_minimum':
      return 'value' in answer && answer.value >= (requirement.minimum ?? 0);
    case 'document':
      return 'documentId' in answer;
  }
}

// ---- the standard requirements a body starts from ----------------------------------------------

export interface StandardRequirement {
  code: string;
  kind: RequirementKind;
  texts: { sv: string; da: string; en: string };
  minimum: number | null;
  unit: string | null;
  documentKind: string | null;
}

/**
 * Qualification requirements in the spirit of the ESPD: exclusion grounds as a self-declaration,
 * financial standing as numeric minimums, and the documents that prove insurance, paid taxes and
 * a collective agreement. A body picks from these when it sets a DPS up.
 */
export const STANDARD_REQUIREMENTS: readonly StandardRequirement[] = [
  {
    code: 'no_convictions',
    kind: 'declaration',
    texts: {
      sv: 'Företaget och dess företrädare har inte dömts för bedrägeri, korruption, penningtvätt eller deltagande i en kriminell organisation.',
      da: 'Virksomheden og dens ledelse er ikke dømt for svig, bestikkelse, hvidvask eller deltagelse i en kriminel organisation.',
      en: 'The company and its representatives have not been convicted of fraud, corruption, money laundering or participation in a criminal organisation.',
    },
    minimum: null,
    unit: null,
    documentKind: null,
  },
  {
    code: 'taxes_paid',
    kind: 'declaration',
    texts: {
      sv: 'Företaget har betalat skatter och socialförsäkringsavgifter.',
      da: 'Virksomheden har betalt skatter og sociale bidrag.',
      en: 'The company has paid its taxes and social-security contributions.',
    },
    minimum: null,
    unit: null,
    documentKind: null,
  },
  {
    code: 'not_bankrupt',
    kind: 'declaration',
    texts: {
      sv: 'Företaget är inte i konkurs, likvidation eller under tvångsförvaltning.',
      da: 'Virksomheden er ikke under konkurs, likvidation eller tvangsakkord.',
      en: 'The company is not bankrupt, in liquidation or under administration.',
    },
    minimum: null,
    unit: null,
    documentKind: null,
  },
  {
    code: 'no_grave_misconduct',
    kind: 'declaration',
    texts: {
      sv: 'Företaget har inte gjort sig skyldigt till allvarligt fel i yrkesutövningen.',
      da: 'Virksomheden har ikke begået alvorlige fejl i udøvelsen af sit erhverv.',
      en: 'The company has not been guilty of grave professional misconduct.',
    },
    minimum: null,
    unit: null,
    documentKind: null,
  },
  {
    code: 'years_in_business',
    kind: 'numeric_minimum',
    texts: {
      sv: 'Antal år i verksamhet',
      da: 'Antal år i drift',
      en: 'Years in business',
    },
    minimum: 2,
    unit: 'years',
    documentKind: null,
  },
  {
    code: 'annual_turnover',
    kind: 'numeric_minimum',
    texts: {
      sv: 'Årsomsättning senaste räkenskapsåret (kronor)',
      da: 'Årsomsætning i seneste regnskabsår (kroner)',
      en: 'Annual turnover in the last financial year (kronor)',
    },
    minimum: 1_000_000,
    unit: 'SEK',
    documentKind: null,
  },
  {
    code: 'insurance',
    kind: 'document',
    texts: {
      sv: 'Ansvarsförsäkring',
      da: 'Ansvarsforsikring',
      en: 'Liability insurance',
    },
    minimum: null,
    unit: null,
    documentKind: 'insurance',
  },
  {
    code: 'tax_certificate',
    kind: 'document',
    texts: {
      sv: 'Intyg om betalda skatter och avgifter',
      da: 'Attest om betalte skatter og afgifter',
      en: 'Certificate of taxes and contributions paid',
    },
    minimum: null,
    unit: null,
    documentKind: 'tax_certificate',
  },
  {
    code: 'collective_agreement',
    kind: 'document',
    texts: {
      sv: 'Kollektivavtal',
      da: 'Overenskomst',
      en: 'Collective agreement',
    },
    minimum: null,
    unit: null,
    documentKind: 'collective_agreement',
  },
];
