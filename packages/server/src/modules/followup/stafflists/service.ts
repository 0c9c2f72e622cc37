// Staff lists: a quality officer of the body that owns an agreement asks a supplier on it for the
// staff list of one establishment for a period; the supplier uploads it (CSV or XLSX) or fills it
// in, and Tildel checks it against the agreement's requirements. A list is taken whole or not at
// all. Names in the lists are personal data: only the requesting body and the supplier read them,
// so every read here goes through the owner's filter and answers 404 to anyone else.
import {
  SHIFT_ROW_COLUMNS,
  STAFF_LIST_COLUMNS,
  parseShiftRows,
  parseStaffList,
  type ShiftRow,
  type StaffListRow,
} from '@tildel/domain/staff-list/index';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { ChoiceSearch } from '../../../platform/choices.ts';
import type { Deps } from '../../../platform/deps.ts';
import { inBatches, queryRows } from '../../../platform/export.ts';
import type { Locale, MessageKey } from '../../../platform/i18n.ts';
import { mailRoles, mailSupplier } from '../../../platform/notify.ts';
import { pageOf } from '../../../platform/paging.ts';
import { fieldProblem, notFound } from '../../../platform/problem.ts';
import { readStaffListFile, type ShiftSection } from './staff-list-file.ts';
import { describeProblems, type DescribedProblem } from './rejection.ts';
import {
  nightsParagraph,
  nightsShort,
  periodDays,
  reportOn,
  requirementsForSupplier,
  summaryOf,
  type AppliedRequirement,
} from './report.ts';
import * as repo from './repo.ts';
import {
  STAFF_LIST_PAGE_DEFAULTS,
  type FileInput,
  type FormRow,
  type FormShiftRow,
  type ListQuery,
  type RequestInput,
} from './schemas.ts';

/** A list covers at most a leap year: the longest period the hour limits of a row allow. */
const MAX_PERIOD_DAYS = 366;

type Owner = { organisationId: string } | { supplierId: string };

function requestView(row: repo.RequestRow, now: Date) {
  return {
    id: row.id,
    body: { id: row.organisationId, name: row.bodyName },
    agreement: {
      id: row.agreementId,
      reference: row.agreementReference,
      title: row.agreementTitle,
    },
    supplier: { id: row.supplierId, name: row.supplierName },
    establishment: { id: row.establishmentId, name: row.establishmentName },
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    placedResidents: row.placedResidents,
    deadline: row.deadline.toISOString(),
    message: row.message,
    status: row.status,
    // A list that came in late is no longer overdue: the officer has something to check.
    overdue: row.status === 'requested' && row.deadline.getTime() < now.getTime(),
    requestedAt: row.requestedAt.toISOString(),
    version: row.version,
  };
}

const isOwner = (row: repo.RequestRow, owner: Owner) =>
  'organisationId' in owner
    ? row.organisationId === owner.organisationId
    : row.supplierId === owner.supplierId;

async function ownedRequest(db: Deps['db'], owner: Owner, requestId: string) {
  const row = await repo.findRequest(db, requestId);
  if (!row || !isOwner(row, owner)) throw notFound();
  return row;
}

/** Requirements per agreement and supplier, read once for a whole list of requests. */
function requirementCache(db: Deps['db']) {
  const cache = new Map<string, Promise<AppliedRequirement[]>>();
  return (agreementId: string, supplierId: string) => {
    const key = `${agreementId}|${supplierId}`;
    if (!cache.has(key)) cache.set(key, requirementsForSupplier(db, agreementId, supplierId));
    return cache.get(key)!;
  };
}

/** The requests with their latest list's outcome: one query for the lists of the whole batch. */
async function summariesOf(deps: Deps, rows: readonly repo.RequestRow[]) {
  const submissions = await repo.submissionsOf(
    deps.db,
    rows.map((r) => r.id),
  );
  const requirements = requirementCache(deps.db);
  const now = deps.clock.now();
  const items = [];
  for (const row of rows) {
    // Newest first, so the first one found is the latest.
    const latest = submissions.find((s) => s.requestId === row.id);
    const report = latest
      ? reportOn(latest, await requirements(row.agreementId, row.supplierId), row)
      : null;
    items.push({
      ...requestView(row, now),
      latest:
        latest && report
          ? { submittedAt: latest.submittedAt.toISOString(), ...summaryOf(report) }
          : null,
    });
  }
  return items;
}

export async function listRequests(deps: Deps, owner: Owner, query: ListQuery) {
  const { items: rows, ...paging } = await repo.requestsOf(
    deps.db,
    owner,
    query.status,
    pageOf(query, STAFF_LIST_PAGE_DEFAULTS),
  );
  return { ...paging, items: await summariesOf(deps, rows) };
}

/** Every request of the list with its filter, in its order, with outcomes: a download's rows. */
export function requestRows(deps: Deps, owner: Owner, query: Omit<ListQuery, 'limit' | 'offset'>) {
  const sort = pageOf(query, STAFF_LIST_PAGE_DEFAULTS);
  const rows = queryRows(
    deps.db,
    repo.requestsInOrder(deps.db, owner, query.status, sort),
    (r) => r,
  );
  return inBatches(rows, (batch) => summariesOf(deps, batch));
}

/** The request, its latest list with names, the report on it, and every submission before. */
export async function requestDetail(deps: Deps, owner: Owner, requestId: string) {
  const row = await ownedRequest(deps.db, owner, requestId);
  const submissions = await repo.submissionsOf(deps.db, [row.id]);
  const requirements = await requirementsForSupplier(deps.db, row.agreementId, row.supplierId);
  const latest = submissions[0];
  return {
    request: requestView(row, deps.clock.now()),
    requirements: requirements.map((r) => ({
      id: r.id,
      description: r.description,
      requirement: r.requirement,
    })),
    latest: latest
      ? {
          id: latest.id,
          source: latest.source,
          fileName: latest.fileName,
          submittedAt: latest.submittedAt.toISOString(),
          submittedByName: latest.submittedByName,
          rows: latest.rows as StaffListRow[],
          shifts: latest.shifts as ShiftRow[],
        }
      : null,
    report: latest ? reportOn(latest, requirements, row) : null,
    history: submissions.map((s) => ({
      id: s.id,
      source: s.source,
      fileName: s.fileName,
      submittedAt: s.submittedAt.toISOString(),
      submittedByName: s.submittedByName,
      rowCount: (s.rows as unknown[]).length,
    })),
  };
}

/** The body's agreements a list can be asked under, for the dialog. */
export async function requestChoices(deps: Deps, organisationId: string) {
  return { agreements: await repo.agreementChoices(deps.db, organisationId) };
}

/** The establishments on one of the body's agreements whose name holds the text, for the dialog. */
export async function establishmentChoices(
  deps: Deps,
  organisationId: string,
  query: { agreementId: string } & ChoiceSearch,
) {
  const { items, total } = await repo.establishmentChoices(
    deps.db,
    organisationId,
    query.agreementId,
    query,
  );
  return {
    total,
    items: items.map((r) => ({
      id: r.establishmentId,
      name: r.establishmentName,
      supplier: { id: r.supplierId, name: r.supplierName },
    })),
  };
}

export async function createRequest(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  input: RequestInput,
) {
  const now = deps.clock.now();
  if (input.periodTo < input.periodFrom) throw fieldProblem('periodTo', 'staff_list.period_order');
  if (periodDays(input.periodFrom, input.periodTo) > MAX_PERIOD_DAYS)
    throw fieldProblem('periodTo', 'staff_list.period_too_long', { days: MAX_PERIOD_DAYS });
  const deadline = new Date(input.deadline);
  if (deadline.getTime() <= now.getTime())
    throw fieldProblem('deadline', 'staff_list.deadline_past');
  const id = await deps.db.transaction().execute(async (trx) => {
    const agreement = await repo.findAgreement(trx, organisationId, input.agreementId);
    if (!agreement) throw fieldProblem('agreementId', 'staff_list.agreement_unknown');
    const establishment = await repo.findEstablishment(trx, input.establishmentId);
    const lots = establishment
      ? await repo.lotsOfSupplier(trx, agreement.id, establishment.supplierId)
      : [];
    if (!establishment || lots.length === 0)
      throw fieldProblem('establishmentId', 'staff_list.establishment_not_on_agreement');
    const values = {
      organisationId,
      agreementId: agreement.id,
      supplierId: establishment.supplierId,
      establishmentId: establishment.id,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      placedResidents: input.placedResidents,
      deadline,
      message: input.message?.trim() ?? '',
    };
    const { id } = await repo.insertRequest(trx, { ...values, requestedBy: actor.userId, at: now });
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'staff_list.requested',
      objectType: 'staff_list_request',
      objectId: id,
      after: { ...values, deadline: deadline.toISOString() },
    });
    const request = (await repo.findRequest(trx, id))!;
    await mailSupplier(trx, deps, establishment.supplierId, `/company/staff-lists/${id}`, {
      organisationId,
      country: agreement.country,
      subject: 'email.staff_list.requested.subject',
      body: 'email.staff_list.requested.body',
      params: {
        body: request.bodyName,
        establishment: establishment.name,
        agreement: `${agreement.reference} ${agreement.title}`,
        from: input.periodFrom,
        to: input.periodTo,
        message: values.message,
      },
      instants: { deadline },
    });
    return id;
  });
  return requestDetail(deps, { organisationId }, id);
}

type Submission =
  | { ok: true; detail: Awaited<ReturnType<typeof requestDetail>> }
  | { ok: false; problems: DescribedProblem[] };

/**
 * Checks the tables and, only when every row of both reads, stores them in one transaction: the
 * submission, the request marked submitted, the audit record and the mail to the body's quality
 * officers. The per-shift section is optional: without it the list is one of totals, as before.
 */
async function submit(
  deps: Deps,
  actor: Actor,
  request: repo.RequestRow,
  locale: Locale,
  source: { kind: 'form' | 'csv' | 'xlsx'; fileName: string | null; rowOffset: number },
  table: string[][],
  section?: ShiftSection,
): Promise<Submission> {
  const { id: requestId, supplierId } = request;
  const parsed = parseStaffList(table);
  const period = { from: request.periodFrom, to: request.periodTo };
  const shifts = section
    ? parseShiftRows(section.table, period, section.firstRow)
    : ({ ok: true, rows: [] } as const);
  if (!parsed.ok || !shifts.ok)
    return {
      ok: false,
      problems: [
        ...(parsed.ok ? [] : describeProblems(locale, parsed.problems, source.rowOffset)),
        ...(shifts.ok
          ? []
          : describeProblems(locale, shifts.problems, 0, 'shifts', section?.sheet ?? null)),
      ],
    };
  // Rows keep the number their reader sees: the line of the file, the row of the form.
  const list = {
    rows: parsed.rows.map((r) => ({ ...r, row: r.row + source.rowOffset })),
    shifts: shifts.rows,
  };
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.findRequest(trx, requestId);
    if (!current || current.supplierId !== supplierId) throw notFound();
    const at = deps.clock.now();
    const { id } = await repo.insertSubmission(trx, {
      requestId,
      organisationId: current.organisationId,
      supplierId,
      source: source.kind,
      fileName: source.fileName,
      ...list,
      submittedBy: actor.userId,
      at,
    });
    await repo.markSubmitted(trx, requestId);
    const requirements = await requirementsForSupplier(trx, current.agreementId, supplierId);
    const report = reportOn(list, requirements, current);
    const summary = summaryOf(report);
    const nights = nightsShort(report);
    // The audit keeps what was sent and how it stood, not the names in it.
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'staff_list.submitted',
      objectType: 'staff_list_request',
      objectId: requestId,
      before: { status: current.status },
      after: {
        status: 'submitted',
        submissionId: id,
        source: source.kind,
        fileName: source.fileName,
        rowCount: list.rows.length,
        shiftRowCount: list.shifts.length,
        ...summary,
        nightsWithoutAwakeStaff: nights.map((n) => n.date),
      },
    });
    await mailRoles(
      trx,
      deps,
      current.organisationId,
      ['quality_officer'],
      `/followup/staff-lists/${requestId}`,
      {
        organisationId: current.organisationId,
        country: current.country,
        subject: 'email.staff_list.submitted.subject',
        body: 'email.staff_list.submitted.body',
        params: {
          supplier: current.supplierName,
          establishment: current.establishmentName,
          from: current.periodFrom,
          to: current.periodTo,
          met: summary.met,
          notMet: summary.notMet,
        },
        localized: { nights: nightsParagraph(nights) },
      },
    );
  });
  return { ok: true, detail: await requestDetail(deps, { supplierId }, requestId) };
}

export async function submitFile(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  requestId: string,
  locale: Locale,
  file: FileInput,
): Promise<Submission> {
  // Another supplier's request is not found, whatever the file holds.
  const request = await ownedRequest(deps.db, { supplierId }, requestId);
  const read = await readStaffListFile(Buffer.from(file.contentBase64, 'base64'));
  if (!read.ok)
    throw fieldProblem('contentBase64', `staff_list.file.${read.problem}` as MessageKey);
  return submit(
    deps,
    actor,
    request,
    locale,
    { kind: read.format, fileName: file.fileName, rowOffset: 0 },
    read.table,
    read.shifts,
  );
}

/** Form rows are read as a file with the columns' keys as headings: one set of rules for both. */
export async function submitRows(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  requestId: string,
  locale: Locale,
  rows: readonly FormRow[],
  shifts: readonly FormShiftRow[] = [],
): Promise<Submission> {
  const request = await ownedRequest(deps.db, { supplierId }, requestId);
  const table = [
    [...STAFF_LIST_COLUMNS],
    ...rows.map((row) => STAFF_LIST_COLUMNS.map((column) => row[column] ?? '')),
  ];
  // The heading row is row 0, so the form's first row is row 1.
  const section: ShiftSection = {
    table: [
      [...SHIFT_ROW_COLUMNS],
      ...shifts.map((row) => SHIFT_ROW_COLUMNS.map((column) => row[column] ?? '')),
    ],
    firstRow: 0,
    sheet: null,
  };
  return submit(
    deps,
    actor,
    request,
    locale,
    { kind: 'form', fileName: null, rowOffset: -1 },
    table,
    section,
  );
}
