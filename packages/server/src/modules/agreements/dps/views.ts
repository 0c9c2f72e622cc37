// How the dps area's rows leave the API: names in the reader's language, the decision clock
// computed by the domain rules from the stored deadline and the server's clock.
import {
  isOverdue,
  meetsRequirement,
  workingDaysLeft,
  type Answer,
  type ApplicationStatus,
  type Requirement,
} from '@tildel/domain/qualification';
import type { Locale } from '../../../platform/i18n.ts';
import type { DpsStatus } from './schemas.ts';

type Country = 'SE' | 'DK';

interface Named {
  name_sv: string;
  name_da: string;
  name_en: string;
}

export function nameIn(locale: Locale, row: Named): string {
  return { sv: row.name_sv, da: row.name_da, en: row.name_en }[locale];
}

export function categoryView(locale: Locale, row: Named & { id: string; code: string }) {
  return { id: row.id, code: row.code, name: nameIn(locale, row) };
}

export interface RequirementRow {
  id: string;
  position: number;
  kind: 'declaration' | 'numeric_minimum' | 'document';
  text_sv: string;
  text_da: string;
  text_en: string;
  minimum: string | null;
  unit: string | null;
  document_kind: string | null;
}

export function requirementView(locale: Locale, row: RequirementRow) {
  return {
    id: row.id,
    position: row.position,
    kind: row.kind,
    text: { sv: row.text_sv, da: row.text_da, en: row.text_en }[locale],
    minimum: row.minimum === null ? null : Number(row.minimum),
    unit: row.unit,
    documentKind: row.document_kind,
  };
}

export function asRequirement(row: RequirementRow): Requirement {
  return {
    id: row.id,
    kind: row.kind,
    minimum: row.minimum === null ? null : Number(row.minimum),
    documentKind: row.document_kind,
  };
}

export function validityChangeView(row: {
  previous_valid_to: string;
  new_valid_to: string;
  reason: string;
  at: Date;
}) {
  return {
    previousValidTo: row.previous_valid_to,
    newValidTo: row.new_valid_to,
    reason: row.reason,
    at: row.at.toISOString(),
  };
}

export function systemView(row: {
  id: string;
  reference: string;
  title: string;
  description: string;
  country: Country;
  status: DpsStatus;
  valid_from: string;
  valid_to: string;
  initial_period_ends_on: string;
  owner_is_central_purchasing_body: boolean;
  agreed_tender_period_days: number | null;
  opened_at: Date | null;
  closed_at: Date | null;
  closed_reason: string | null;
  version: number;
  organisation_id: string;
  owner_name: string;
}) {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    description: row.description,
    country: row.country,
    status: row.status,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    initialPeriodEndsOn: row.initial_period_ends_on,
    ownerIsCentralPurchasingBody: row.owner_is_central_purchasing_body,
    agreedTenderPeriodDays: row.agreed_tender_period_days,
    openedAt: row.opened_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    closedReason: row.closed_reason,
    version: row.version,
    owner: { id: row.organisation_id, name: row.owner_name },
  };
}

export interface ApplicationRow {
  id: string;
  dps_id: string;
  supplier_id: string;
  supplier_name: string;
  dps_title: string;
  dps_reference: string;
  dps_status: DpsStatus;
  dps_closed_reason: string | null;
  status: ApplicationStatus;
  received_at: Date;
  in_initial_period: boolean;
  decision_due_at: Date;
  extended_at: Date | null;
  extension_reason: string | null;
  decided_at: Date | null;
  decision_reason: string | null;
  version: number;
}

/** One line of the queue (or of a supplier's own list): status and the decision clock. */
export function applicationView(
  row: ApplicationRow,
  categories: ReturnType<typeof categoryView>[],
  now: Date,
  country: Country,
) {
  const pending = row.status === 'pending';
  return {
    id: row.id,
    dps: {
      id: row.dps_id,
      title: row.dps_title,
      reference: row.dps_reference,
      status: row.dps_status,
      closedReason: row.dps_closed_reason,
    },
    supplier: { id: row.supplier_id, name: row.supplier_name },
    status: row.status,
    categories,
    receivedAt: row.received_at.toISOString(),
    inInitialPeriod: row.in_initial_period,
    decisionDueAt: row.decision_due_at.toISOString(),
    extended: row.extended_at !== null,
    extensionReason: row.extension_reason,
    overdue: isOverdue({ status: row.status, decisionDueAt: row.decision_due_at }, now),
    workingDaysLeft: pending ? workingDaysLeft(row.decision_due_at, now, country) : null,
    decidedAt: row.decided_at?.toISOString() ?? null,
    decisionReason: row.decision_reason,
    version: row.version,
  };
}

/** Each requirement with the supplier's answer and whether it meets it. */
export function answersView(
  locale: Locale,
  requirements: RequirementRow[],
  answers: Answer[],
  documents: Map<string, { title: string; kind: string; validUntil: string | null }>,
) {
  return requirements.map((row) => {
    const answer = answers.find((a) => a.requirementId === row.id);
    const document =
      answer && 'documentId' in answer ? documents.get(answer.documentId) : undefined;
    return {
      requirement: requirementView(locale, row),
      declared: answer && 'declared' in answer ? answer.declared : null,
      value: answer && 'value' in answer ? answer.value : null,
      document:
        answer && 'documentId' in answer
          ? {
              id: answer.documentId,
              title: document?.title ?? '',
              validUntil: document?.validUntil ?? null,
            }
          : null,
      meets: meetsRequirement(asRequirement(row), answer),
    };
  });
}
