import { describe, expect, it } from 'vitest';
import {
  answerProblems,
  declarationDeadline,
  decisionDeadline,
  earliestInitialPeriodEnd,
  extendDecision,
  isInInitialPeriod,
  isOverdue,
  isReminderDue,
  mayStartCallOff,
  meetsRequirement,
  reminderDueAt,
  setUpProblems,
  transition,
  workingDaysLeft,
  type Requirement,
} from '../src/qualification.ts';

/** The local date and time in Stockholm or Copenhagen, 'YYYY-MM-DD HH:MM:SS'. */
function local(instant: Date, country: 'SE' | 'DK' = 'SE'): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: country === 'SE' ? 'Europe/Stockholm' : 'Europe/Copenhagen',
    dateStyle: 'short',
    timeStyle: 'medium',
  }).format(instant);
}

describe('an application is decided within 10 working days of receipt', () => {
  it('counts the day after receipt as day 1 and ends at the end of the 10th local working day', () => {
    // Received Monday 2026-11-23: day 1 is Tuesday the 24th, day 10 Monday 7 December.
    const due = decisionDeadline(new Date('2026-11-23T08:00:00Z'), 'SE');
    expect(local(due)).toBe('2026-12-07 23:59:59');
  });

  it('skips weekends: received on a Friday, the deadline is the Friday two weeks later', () => {
    expect(local(decisionDeadline(new Date('2026-11-20T09:00:00Z'), 'SE'))).toBe(
      '2026-12-04 23:59:59',
    );
  });

  it('takes the day of receipt in the country: 23:30 UTC on a Sunday is already Monday in Sweden', () => {
    // Monday 00:30 in Stockholm: day 1 is Tuesday.
    expect(local(decisionDeadline(new Date('2026-11-22T23:30:00Z'), 'SE'))).toBe(
      '2026-12-07 23:59:59',
    );
  });

  it('in Sweden skips Christmas eve, Christmas, New Year’s eve and day, and Epiphany', () => {
    expect(local(decisionDeadline(new Date('2026-12-21T09:00:00Z'), 'SE'))).toBe(
      '2027-01-11 23:59:59',
    );
  });

  it('in Denmark works on Christmas eve and New Year’s eve but not on Christmas or New Year’s day', () => {
    expect(local(decisionDeadline(new Date('2026-12-21T09:00:00Z'), 'DK'), 'DK')).toBe(
      '2027-01-06 23:59:59',
    );
  });

  it('in Sweden skips midsummer eve; in Denmark midsummer is a working day', () => {
    const received = new Date('2026-06-15T09:00:00Z'); // Monday; midsummer eve is Friday the 19th
    expect(local(decisionDeadline(received, 'SE'))).toBe('2026-06-30 23:59:59');
    expect(local(decisionDeadline(received, 'DK'), 'DK')).toBe('2026-06-29 23:59:59');
  });
});

describe('the decision may be extended once, to 15 working days, with a reason', () => {
  const pending = {
    status: 'pending' as const,
    receivedAt: new Date('2026-11-23T08:00:00Z'),
    extendedAt: null,
  };

  it('moves the deadline to the end of the 15th working day after receipt', () => {
    const result = extendDecision(pending, 'Tax certificate must be checked with the agency', 'SE');
    expect(result.ok && local(result.decisionDueAt)).toBe('2026-12-14 23:59:59');
  });

  it('refuses a second extension', () => {
    const extended = { ...pending, extendedAt: new Date('2026-11-30T08:00:00Z') };
    expect(extendDecision(extended, 'Again', 'SE')).toEqual({
      ok: false,
      refusal: 'already_extended',
    });
  });

  it('refuses without a reason, and for an application already decided', () => {
    expect(extendDecision(pending, '   ', 'SE')).toEqual({ ok: false, refusal: 'reason_required' });
    expect(extendDecision({ ...pending, status: 'approved' }, 'Reason', 'SE')).toEqual({
      ok: false,
      refusal: 'not_pending',
    });
  });
});

describe('the clock in the queue', () => {
  const due = decisionDeadline(new Date('2026-11-20T09:00:00Z'), 'SE'); // end of Fri 4 Dec

  it('is overdue only when still pending after the end of the last day', () => {
    const pending = { status: 'pending' as const, decisionDueAt: due };
    expect(isOverdue(pending, new Date('2026-12-04T22:59:59Z'))).toBe(false);
    expect(isOverdue(pending, new Date('2026-12-04T23:00:00Z'))).toBe(true);
    expect(isOverdue({ ...pending, status: 'approved' }, new Date('2027-01-01T00:00:00Z'))).toBe(
      false,
    );
  });

  it('counts the working days left: 3 on Tuesday 1 December, 0 on the last day, negative after', () => {
    expect(workingDaysLeft(due, new Date('2026-12-01T09:00:00Z'), 'SE')).toBe(3);
    expect(workingDaysLeft(due, new Date('2026-12-04T09:00:00Z'), 'SE')).toBe(0);
    expect(workingDaysLeft(due, new Date('2026-12-08T09:00:00Z'), 'SE')).toBe(-2);
  });

  it('reminds from the start of the working day two working days before the due day', () => {
    expect(local(reminderDueAt(due, 'SE'))).toBe('2026-12-02 00:00:00');
    const application = { status: 'pending' as const, decisionDueAt: due, remindedAt: null };
    expect(isReminderDue(application, new Date('2026-12-01T12:00:00Z'), 'SE')).toBe(false);
    expect(isReminderDue(application, new Date('2026-12-02T07:00:00Z'), 'SE')).toBe(true);
  });

  it('reminds only once, and only of pending applications', () => {
    const now = new Date('2026-12-03T07:00:00Z');
    const reminded = { status: 'pending' as const, decisionDueAt: due, remindedAt: now };
    expect(isReminderDue(reminded, now, 'SE')).toBe(false);
    expect(isReminderDue({ ...reminded, remindedAt: null, status: 'rejected' }, now, 'SE')).toBe(
      false,
    );
  });
});

describe('an updated self-declaration is due within 5 working days', () => {
  it('counts from the day after the request, skipping the weekend', () => {
    expect(local(declarationDeadline(new Date('2026-11-20T09:00:00Z'), 'SE'))).toBe(
      '2026-11-27 23:59:59',
    );
  });
});

describe('setting up a DPS', () => {
  const terms = {
    validFrom: '2027-01-01',
    validTo: '2030-12-31',
    initialPeriodEndsOn: '2027-01-31',
    ownerIsCentralPurchasingBody: false,
    agreedTenderPeriodDays: null,
  };

  it('accepts an initial application period of exactly 30 days from the opening', () => {
    expect(earliestInitialPeriodEnd('2027-01-01')).toBe('2027-01-31');
    expect(setUpProblems(terms, '2026-12-01')).toEqual([]);
  });

  it('refuses an initial period shorter than 30 days, naming the earliest allowed end', () => {
    expect(setUpProblems({ ...terms, initialPeriodEndsOn: '2027-01-30' }, '2026-12-01')).toEqual([
      { field: 'initialPeriodEndsOn', problem: 'too_short', earliest: '2027-01-31' },
    ]);
  });

  it('counts the 30 days from the opening day when the DPS opens after its validity starts', () => {
    expect(setUpProblems(terms, '2027-01-10')).toEqual([
      { field: 'initialPeriodEndsOn', problem: 'too_short', earliest: '2027-02-09' },
    ]);
  });

  it('needs a validity that ends after it starts and an initial period inside it', () => {
    expect(
      setUpProblems(
        { ...terms, validTo: '2027-01-01', initialPeriodEndsOn: '2027-02-15' },
        '2026-12-01',
      ).map((p) => p.problem),
    ).toEqual(['not_after_valid_from', 'after_validity']);
    expect(setUpProblems({ ...terms, validTo: '2027-02-30' }, '2026-12-01')).toEqual([
      { field: 'validTo', problem: 'invalid_date' },
    ]);
  });

  it('allows an agreed shorter tender period for a body that is not a central purchasing body', () => {
    expect(setUpProblems({ ...terms, agreedTenderPeriodDays: 5 }, '2026-12-01')).toEqual([]);
  });

  it('refuses a shorter tender period when the owner acts as a central purchasing body', () => {
    expect(
      setUpProblems(
        { ...terms, ownerIsCentralPurchasingBody: true, agreedTenderPeriodDays: 5 },
        '2026-12-01',
      ),
    ).toEqual([{ field: 'agreedTenderPeriodDays', problem: 'central_purchasing_body' }]);
  });

  it('refuses a "shorter" period that is not shorter than the 10 days', () => {
    expect(setUpProblems({ ...terms, agreedTenderPeriodDays: 10 }, '2026-12-01')).toEqual([
      { field: 'agreedTenderPeriodDays', problem: 'not_shorter', limit: 10 },
    ]);
  });
});

describe('the states of an application', () => {
  it('lets the owner approve or reject a pending application, a rejection only with a reason', () => {
    expect(transition('pending', 'approve', 'owner')).toEqual({ ok: true, to: 'approved' });
    expect(transition('pending', 'reject', 'owner', 'No insurance')).toEqual({
      ok: true,
      to: 'rejected',
    });
    expect(transition('pending', 'reject', 'owner', ' ')).toEqual({
      ok: false,
      refusal: 'reason_required',
    });
  });

  it('lets only the supplier withdraw, and only while pending', () => {
    expect(transition('pending', 'withdraw', 'supplier')).toEqual({ ok: true, to: 'withdrawn' });
    expect(transition('pending', 'withdraw', 'owner')).toEqual({
      ok: false,
      refusal: 'wrong_actor',
    });
    expect(transition('approved', 'withdraw', 'supplier')).toEqual({
      ok: false,
      refusal: 'wrong_status',
    });
  });

  it('lets the owner exclude an admitted supplier with a reason, and nothing else', () => {
    expect(transition('approved', 'exclude', 'owner', 'Unpaid taxes')).toEqual({
      ok: true,
      to: 'excluded',
    });
    expect(transition('pending', 'exclude', 'owner', 'Unpaid taxes')).toEqual({
      ok: false,
      refusal: 'wrong_status',
    });
    expect(transition('approved', 'approve', 'supplier')).toEqual({
      ok: false,
      refusal: 'wrong_actor',
    });
    for (const done of ['rejected', 'withdrawn', 'excluded'] as const)
      expect(transition(done, 'approve', 'owner').ok).toBe(false);
  });
});

describe('no call-off may start until every application from the initial period is decided', () => {
  const dps = { initialPeriodEndsOn: '2027-01-31', country: 'SE' as const };
  const after = new Date('2027-02-01T08:00:00Z');

  it('not while the initial period is still running', () => {
    expect(mayStartCallOff([], new Date('2027-01-31T20:00:00Z'), dps)).toEqual({
      mayStart: false,
      reason: 'initial_period_running',
    });
  });

  it('not while an application received in the initial period is pending, and says how many', () => {
    const applications = [
      { status: 'approved' as const, inInitialPeriod: true },
      { status: 'pending' as const, inInitialPeriod: true },
      { status: 'pending' as const, inInitialPeriod: true },
    ];
    expect(mayStartCallOff(applications, after, dps)).toEqual({
      mayStart: false,
      reason: 'undecided_applications',
      undecided: 2,
    });
  });

  it('once every initial application is approved, rejected or withdrawn', () => {
    const applications = [
      { status: 'approved' as const, inInitialPeriod: true },
      { status: 'rejected' as const, inInitialPeriod: true },
      { status: 'withdrawn' as const, inInitialPeriod: true },
    ];
    expect(mayStartCallOff(applications, after, dps)).toEqual({ mayStart: true });
  });

  it('whatever applications received after the initial period are still pending', () => {
    expect(mayStartCallOff([{ status: 'pending', inInitialPeriod: false }], after, dps)).toEqual({
      mayStart: true,
    });
  });

  it('an application belongs to the initial period up to the end of its last local day', () => {
    expect(isInInitialPeriod(new Date('2027-01-31T22:59:59Z'), dps)).toBe(true);
    expect(isInInitialPeriod(new Date('2027-01-31T23:00:00Z'), dps)).toBe(false);
  });
});

describe('answers to the qualification requirements', () => {
  const requirements: Requirement[] = [
    { id: 'r1', kind: 'declaration', minimum: null, documentKind: null },
    { id: 'r2', kind: 'numeric_minimum', minimum: 2, documentKind: null },
    { id: 'r3', kind: 'document', minimum: null, documentKind: 'insurance' },
  ];
  const own = new Map([
    ['d-ins', 'insurance'],
    ['d-tax', 'tax_certificate'],
  ]);

  it('need one answer of the right kind to every requirement', () => {
    const complete = [
      { requirementId: 'r1', declared: true },
      { requirementId: 'r2', value: 3 },
      { requirementId: 'r3', documentId: 'd-ins' },
    ];
    expect(answerProblems(requirements, complete, own)).toEqual([]);
    expect(answerProblems(requirements, complete.slice(0, 2), own)).toEqual([
      { requirementId: 'r3', problem: 'missing' },
    ]);
    expect(
      answerProblems(requirements, [...complete, { requirementId: 'r1', declared: false }], own),
    ).toEqual([{ requirementId: 'r1', problem: 'duplicate' }]);
    expect(
      answerProblems(
        requirements,
        [{ requirementId: 'r1', value: 1 }, ...complete.slice(1), { requirementId: 'x', value: 1 }],
        own,
      ),
    ).toEqual([
      { requirementId: 'r1', problem: 'wrong_kind' },
      { requirementId: 'x', problem: 'unknown_requirement' },
    ]);
  });

  it('accept only the supplier’s own documents of the kind asked for', () => {
    const answers = [
      { requirementId: 'r1', declared: true },
      { requirementId: 'r2', value: 3 },
    ];
    expect(
      answerProblems(requirements, [...answers, { requirementId: 'r3', documentId: 'other' }], own),
    ).toEqual([{ requirementId: 'r3', problem: 'document_not_own' }]);
    expect(
      answerProblems(requirements, [...answers, { requirementId: 'r3', documentId: 'd-tax' }], own),
    ).toEqual([{ requirementId: 'r3', problem: 'document_wrong_kind' }]);
  });

  it('meet a requirement with a true declaration, a number at the minimum, or a document', () => {
    const [declaration, numeric, document] = requirements as [
      Requirement,
      Requirement,
      Requirement,
    ];
    expect(meetsRequirement(declaration, { requirementId: 'r1', declared: false })).toBe(false);
    expect(meetsRequirement(numeric, { requirementId: 'r2', value: 2 })).toBe(true);
    expect(meetsRequirement(numeric, { requirementId: 'r2', value: 1.5 })).toBe(false);
    expect(meetsRequirement(document, { requirementId: 'r3', documentId: 'd-ins' })).toBe(true);
    expect(meetsRequirement(document, undefined)).toBe(false);
  });
});
