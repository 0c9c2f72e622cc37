// A caseworker's referral (indstilling) to the municipality's matching team: what it must hold,
// the state it moves through, and the service-level clock its urgency starts. The person is
// pseudonymised, so no text may hold a personal identity number (the need's rule, reused).
import { deadlineAfterWorkingDays, endOfLocalDay, localDate, type Country } from '../calendar.ts';
import {
  CODE,
  LANGUAGE,
  NEED_LIMITS,
  PERSON_GENDERS,
  Problems,
  type NeedProblem,
} from '../need.ts';
import type { PlainDate } from '../plain-date.ts';
import { SERVICE_KINDS, type ServiceKind } from '../taxonomy.ts';
import type { Intensity, ReferralKind, ReferralPerson, Urgency } from './types.ts';

import { INTENSITY_KINDS, REFERRAL_KINDS, REFERRAL_STATES, URGENCIES } from './vocabulary.ts';

export { INTENSITY_KINDS, REFERRAL_KINDS, REFERRAL_STATES, URGENCIES } from './vocabulary.ts';
export type ReferralState = (typeof REFERRAL_STATES)[number];

export const REFERRAL_LIMITS = {
  caseReference: 60,
  shortText: NEED_LIMITS.shortText,
  longText: NEED_LIMITS.longText,
  maxAge: NEED_LIMITS.maxAge,
  maxDurationDays: NEED_LIMITS.maxDurationDays,
  maxHoursPerWeek: NEED_LIMITS.maxHoursPerWeek,
  maxSiblings: 10,
} as const;

/** Working days the matching team has for a referral that is not acute. */
export const SERVICE_LEVEL_WORKING_DAYS = {
  within_5_working_days: 5,
  // 'later' has no deadline of its own in the decision; four working weeks keeps it in sight.
  later: 20,
} as const;

/** A referral as the caseworker sends it. */
export interface ReferralInput {
  kind: ReferralKind;
  /** The order an extension or adjustment is of; null for a new intervention. */
  orderId: string | null;
  serviceKind: ServiceKind;
  /** A legal basis code (matching/legal-basis.ts: dk_bl_32, dk_sel_85, se_sol, ...). */
  legalBasis: string;
  purpose: string;
  startOn: PlainDate;
  expectedDurationDays: number;
  intensity: Intensity;
  urgency: Urgency;
  person: ReferralPerson;
  /** The municipality's own case reference: never a personal identity number. */
  caseReference: string;
  /** Who the person cannot live with: sensitive free text, read only with a logged read. */
  cannotLiveWith: string;
}

/** Codes a referral adds to the need's problem codes. */
export type ReferralOnlyProblemCode = 'order_required' | 'order_not_allowed';
export type ReferralProblem = NeedProblem<NeedProblem['code'] | ReferralOnlyProblemCode>;

function personProblems(
  person: ReferralPerson,
  country: Country,
  p: Problems<ReferralOnlyProblemCode>,
): void {
  p.integer('person.age', person.age, 0, REFERRAL_LIMITS.maxAge);
  p.code('person.gender', person.gender, PERSON_GENDERS);
  if (person.targetGroups.length === 0) p.add('person.targetGroups', 'required');
  p.codes('person.targetGroups', person.targetGroups, CODE);
  p.text('person.needs', person.needs, REFERRAL_LIMITS.longText, true);
  p.codes('person.languages', person.languages, LANGUAGE);
  if (person.siblingCaseReferences.length > REFERRAL_LIMITS.maxSiblings)
    p.add('person.siblingCaseReferences', 'out_of_range', {
      min: 0,
      max: REFERRAL_LIMITS.maxSiblings,
    });
  person.siblingCaseReferences.forEach((reference, i) =>
    p.text(`person.siblingCaseReferences.${i}`, reference, REFERRAL_LIMITS.caseReference, true),
  );
  p.municipality('person.homeMunicipalityCode', country, person.homeMunicipalityCode);
  const area = person.preferredArea;
  if (area !== null) {
    p.text('person.preferredArea.label', area.label, REFERRAL_LIMITS.shortText, true);
    if (!(Math.abs(area.lat) <= 90))
      p.add('person.preferredArea.lat', 'out_of_range', { min: -90, max: 90 });
    if (!(Math.abs(area.lon) <= 180))
      p.add('person.preferredArea.lon', 'out_of_range', { min: -180, max: 180 });
  }
}

/**
 * What is wrong with a referral, per field: an empty list means it may be sent. `country` is the
 * sending municipality's, whose municipality codes the home municipality is one of.
 */
export function referralProblems(input: ReferralInput, country: Country): ReferralProblem[] {
  const p = new Problems<ReferralOnlyProblemCode>();
  p.code('kind', input.kind, REFERRAL_KINDS);
  if (input.kind === 'new') {
    if (input.orderId !== null) p.add('orderId', 'order_not_allowed');
  } else if (input.orderId === null || input.orderId === '') p.add('orderId', 'order_required');
  p.code('serviceKind', input.serviceKind, SERVICE_KINDS);
  p.code('legalBasis', input.legalBasis, CODE);
  p.text('purpose', input.purpose, REFERRAL_LIMITS.longText, true);
  p.date('startOn', input.startOn);
  p.integer('expectedDurationDays', input.expectedDurationDays, 1, REFERRAL_LIMITS.maxDurationDays);
  p.code('intensity.kind', input.intensity.kind, INTENSITY_KINDS);
  if (input.intensity.kind === 'hours_per_week') {
    const hours = input.intensity.hoursPerWeek;
    // Quarter hours: a family consultant is booked in 15-minute steps.
    if (!(hours > 0 && hours <= REFERRAL_LIMITS.maxHoursPerWeek && Number.isInteger(hours * 4)))
      p.add('intensity.hoursPerWeek', 'out_of_range', {
        min: 0.25,
        max: REFERRAL_LIMITS.maxHoursPerWeek,
      });
  }
  p.code('urgency', input.urgency, URGENCIES);
  personProblems(input.person, country, p);
  p.text('caseReference', input.caseReference, REFERRAL_LIMITS.caseReference, true);
  p.text('cannotLiveWith', input.cannotLiveWith, REFERRAL_LIMITS.longText, false);
  return p.list;
}

/**
 * The service-level clock: when the matching team should have decided a referral sent at
 * `sentAt`. Acute ('today'): the end of that local day. Within 5 working days: the end of the 5th
 * working day after the day it was sent, national holidays excluded. Later: the end of the 20th.
 */
export function referralDueAt(sentAt: Date, urgency: Urgency, country: Country): Date {
  if (urgency === 'today') return endOfLocalDay(localDate(sentAt, country), country);
  return deadlineAfterWorkingDays(sentAt, SERVICE_LEVEL_WORKING_DAYS[urgency], country);
}

/** Whether a referral in this state is still being worked on. */
export function isOpenReferralState(state: ReferralState): boolean {
  return state !== 'ordered' && state !== 'withdrawn';
}

/**
 * Whether a referral may move from one state to another: forward along the states (a step may be
 * skipped, e.g. an acute survey goes straight to awaiting answers), or withdrawn while open.
 */
export function canMoveReferral(from: ReferralState, to: ReferralState): boolean {
  if (!isOpenReferralState(from)) return false;
  if (to === 'withdrawn') return true;
  return REFERRAL_STATES.indexOf(to) > REFERRAL_STATES.indexOf(from);
}

export type ReferralClock = 'due' | 'overdue' | 'closed';

/** Where a referral stands on its clock now: closed once ordered or withdrawn. */
export function referralClock(state: ReferralState, dueAt: Date, now: Date): ReferralClock {
  if (!isOpenReferralState(state)) return 'closed';
  return now.getTime() > dueAt.getTime() ? 'overdue' : 'due';
}
