// The evidence pack of an offer survey, as it happened: the referral (pseudonymised, without
// whom the person cannot live with), every offer considered with matching's explanation as it was
// then, who was asked when and by whom, every answer, every negotiation round, the choice and its
// reason, and the audit records of it all. Printed for an auditor or a complaints board.
import { formatInstant } from '../../../platform/notify.ts';
import { longDate } from '../../../platform/formats.ts';
import { t, type Locale } from '../../../platform/i18n.ts';
import { renderPdf } from '../../../platform/pdf.ts';
import { localDate } from '@tildel/domain/calendar';
import {
  formatMinor,
  intensityText,
  legalBasisName,
  named,
  perUnit,
  personOf,
  printable,
} from './document-parts.ts';
import type * as repo from './repo.ts';

export interface Evidence {
  referral: repo.EvidenceReferralRow;
  considered: Awaited<ReturnType<typeof repo.consideredOffers>>;
  requests: repo.SurveyRequestRow[];
  rounds: Awaited<ReturnType<typeof repo.negotiationRounds>>;
  audit: Awaited<ReturnType<typeof repo.auditTrail>>;
}

type Explanation = Record<string, unknown>;

/** Matching's explanation (a domain Proposal or Exclusion, stored as jsonb) in one cell. */
function explanationText(value: unknown, locale: Locale): string {
  const e = (typeof value === 'object' && value !== null ? value : {}) as Explanation;
  if (Array.isArray(e.failures)) {
    const reasons = (e.failures as Explanation[]).map((f) => {
      const params = Object.entries((f.params ?? {}) as Record<string, unknown>)
        .map(([k, v]) => `${k} ${String(v)}`)
        .join(', ');
      return params ? `${String(f.code)} (${params})` : String(f.code);
    });
    return t(locale, 'surveyDocs.evidence.excluded', { reasons: reasons.join('; ') });
  }
  if (typeof e.rank === 'number') {
    const cost = e.expectedCost as { amount?: number; currency?: string } | undefined;
    const flags = [
      e.stale === true && t(locale, 'surveyDocs.evidence.flag.stale'),
      e.outsideAgreements === true && t(locale, 'surveyDocs.evidence.flag.outside'),
      e.notApproved === true && t(locale, 'surveyDocs.evidence.flag.not_approved'),
    ].filter((f): f is string => typeof f === 'string');
    const line = t(locale, 'surveyDocs.evidence.proposal', {
      rank: e.rank,
      total: typeof e.total === 'number' ? Math.round(e.total * 10) / 10 : '–',
      cost:
        cost && typeof cost.amount === 'number' && cost.currency
          ? formatMinor(cost.amount, cost.currency, locale)
          : '–',
      distance: typeof e.distanceKm === 'number' ? Math.round(e.distanceKm) : '–',
    });
    return flags.length > 0 ? `${line} (${flags.join(', ')})` : line;
  }
  return t(locale, 'surveyDocs.none');
}

function answerText(q: repo.SurveyRequestRow, locale: Locale, at: (d: Date) => string): string {
  if (q.state !== 'answered' || q.answeredAt === null)
    return named('surveyDocs.evidence.state', q.state, locale);
  const parts = [
    t(locale, 'surveyDocs.evidence.answered', {
      at: at(q.answeredAt),
      by: q.answeredByName ?? q.supplierName,
      available: t(
        locale,
        q.available ? 'surveyDocs.evidence.available' : 'surveyDocs.evidence.unavailable',
      ),
    }),
  ];
  if (q.earliestStart)
    parts.push(t(locale, 'surveyDocs.evidence.start', { date: longDate(locale, q.earliestStart) }));
  if (q.priceMinor !== null && q.currency && q.priceUnit)
    parts.push(
      t(locale, 'surveyDocs.evidence.price', {
        price: perUnit(q.priceMinor, q.currency, q.priceUnit, locale),
      }),
    );
  if (q.questions.trim())
    parts.push(t(locale, 'surveyDocs.evidence.questions', { text: printable(q.questions) }));
  return parts.join('; ');
}

export function evidenceDocument(evidence: Evidence, locale: Locale, now: Date): Promise<Buffer> {
  const { referral, considered, requests, rounds, audit } = evidence;
  const country = referral.country;
  const at = (d: Date) => formatInstant(locale, country, d);
  const person = personOf(referral.person);
  const chosen = requests.find((q) => q.id === referral.chosenRequestId);
  return renderPdf(
    {
      language: locale,
      issuer: referral.municipalityName,
      title: t(locale, 'surveyDocs.evidence.title'),
      subject: referral.caseReference,
      date: localDate(now, country),
      reference: referral.caseReference,
      createdAt: now,
    },
    (page) => {
      page.paragraph(t(locale, 'surveyDocs.evidence.intro'));

      page.heading(t(locale, 'surveyDocs.evidence.referral'));
      page.fields([
        [t(locale, 'surveyDocs.contract.kind'), named('surveyDocs.kind', referral.kind, locale)],
        [
          t(locale, 'surveyDocs.contract.service'),
          named('surveyDocs.service', referral.serviceKind, locale),
        ],
        [t(locale, 'surveyDocs.contract.legal_basis'), legalBasisName(referral.legalBasis, locale)],
        [t(locale, 'surveyDocs.spec.purpose'), printable(referral.purpose)],
        [t(locale, 'surveyDocs.spec.goals'), person.needs],
        [
          t(locale, 'surveyDocs.spec.person'),
          person.age === null ? null : t(locale, 'surveyDocs.spec.age', { age: person.age }),
        ],
        [
          t(locale, 'surveyDocs.contract.intensity'),
          intensityText(referral.intensityKind, referral.hoursPerWeek, null, locale),
        ],
        [t(locale, 'surveyDocs.contract.period'), longDate(locale, referral.startOn)],
        [
          t(locale, 'surveyDocs.spec.duration'),
          t(locale, 'surveyDocs.days', { days: referral.expectedDurationDays }),
        ],
        [
          t(locale, 'surveyDocs.evidence.urgency'),
          named('surveyDocs.urgency', referral.urgency, locale),
        ],
        [
          t(locale, 'surveyDocs.evidence.received'),
          `${at(referral.createdAt)} (${referral.caseworkerName})`,
        ],
        [t(locale, 'surveyDocs.evidence.due'), at(referral.dueAt)],
        [t(locale, 'surveyDocs.evidence.assignee'), referral.assigneeName],
      ]);

      page.heading(t(locale, 'surveyDocs.evidence.considered'));
      if (considered.length === 0) page.paragraph(t(locale, 'surveyDocs.evidence.none'));
      else
        page.table(
          [
            { header: t(locale, 'surveyDocs.evidence.col.offer'), width: 2.4 },
            { header: t(locale, 'surveyDocs.evidence.col.when'), width: 1.6 },
            { header: t(locale, 'surveyDocs.evidence.col.explanation'), width: 3.4 },
          ],
          considered.map((c) => [
            `${c.offerName}\n${c.supplierName}`,
            at(c.consideredAt),
            explanationText(c.explanation, locale),
          ]),
        );

      // Those matching's first checks left out are counted by check, not listed (0030).
      const leftOut = Object.entries((referral.consideredLeftOut ?? {}) as Record<string, number>);
      const leftOutCount = leftOut.reduce((n, [, count]) => n + count, 0);
      if (leftOutCount > 0)
        page.paragraph(
          t(locale, 'surveyDocs.evidence.left_out', {
            count: leftOutCount,
            reasons: leftOut.map(([check, count]) => `${check} ${count}`).join(', '),
          }),
        );

      page.heading(t(locale, 'surveyDocs.evidence.requests'));
      if (requests.length === 0) page.paragraph(t(locale, 'surveyDocs.evidence.none'));
      else
        page.table(
          [
            { header: t(locale, 'surveyDocs.evidence.col.offer'), width: 2.2 },
            { header: t(locale, 'surveyDocs.evidence.col.asked'), width: 2.2 },
            { header: t(locale, 'surveyDocs.evidence.col.answer'), width: 3 },
          ],
          requests.map((q) => [
            `${q.offerName}\n${q.supplierName}`,
            [
              t(locale, 'surveyDocs.evidence.sent', {
                at: at(q.sentAt),
                by: q.sentByName,
                replyBy: at(q.replyBy),
              }),
              q.acute ? t(locale, 'surveyDocs.evidence.acute') : '',
              q.placeHeldUntil
                ? t(locale, 'surveyDocs.evidence.held', { until: at(q.placeHeldUntil) })
                : '',
            ]
              .filter(Boolean)
              .join('; '),
            answerText(q, locale, at),
          ]),
        );

      page.heading(t(locale, 'surveyDocs.evidence.negotiation'));
      if (rounds.length === 0) page.paragraph(t(locale, 'surveyDocs.evidence.none'));
      else
        page.table(
          [
            { header: t(locale, 'surveyDocs.contract.supplier'), width: 2 },
            { header: t(locale, 'surveyDocs.evidence.col.round'), width: 0.8, align: 'right' },
            {
              header: t(locale, 'surveyDocs.evidence.col.asked_price'),
              width: 1.6,
              align: 'right',
            },
            {
              header: t(locale, 'surveyDocs.evidence.col.agreed_price'),
              width: 1.6,
              align: 'right',
            },
            { header: t(locale, 'surveyDocs.evidence.col.by'), width: 2 },
            { header: t(locale, 'surveyDocs.evidence.col.note'), width: 2 },
          ],
          rounds.map((r) => [
            r.supplierName,
            String(r.round),
            perUnit(r.priceAskedMinor, r.currency, r.unit, locale),
            r.priceAgreedMinor === null
              ? t(locale, 'surveyDocs.none')
              : perUnit(r.priceAgreedMinor, r.currency, r.unit, locale),
            `${r.recordedByName}\n${at(r.recordedAt)}`,
            printable(r.note),
          ]),
        );

      page.heading(t(locale, 'surveyDocs.evidence.choice'));
      if (!chosen || !referral.decidedAt)
        page.paragraph(t(locale, 'surveyDocs.evidence.no_choice'));
      else
        page.fields([
          [t(locale, 'surveyDocs.evidence.chosen'), `${chosen.offerName} (${chosen.supplierName})`],
          [t(locale, 'surveyDocs.evidence.reason'), printable(referral.choiceReason ?? '')],
          [
            t(locale, 'surveyDocs.evidence.decided'),
            `${at(referral.decidedAt)}${referral.decidedByName ? ` (${referral.decidedByName})` : ''}`,
          ],
          [t(locale, 'surveyDocs.evidence.order'), referral.orderReference],
        ]);

      page.heading(t(locale, 'surveyDocs.evidence.audit'));
      if (audit.length === 0) page.paragraph(t(locale, 'surveyDocs.evidence.none'));
      else
        page.table(
          [
            { header: t(locale, 'surveyDocs.evidence.col.when'), width: 2 },
            { header: t(locale, 'surveyDocs.evidence.col.action'), width: 3 },
            { header: t(locale, 'surveyDocs.evidence.col.actor'), width: 2 },
          ],
          audit.map((a) => [
            at(a.at),
            a.action,
            a.actorName ?? t(locale, 'surveyDocs.evidence.system'),
          ]),
        );
    },
  );
}
