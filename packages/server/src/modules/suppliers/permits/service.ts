// Permit and supervision records: entered by hand by a procurement or quality officer, or
// imported from a CSV file all or nothing; read by the supplier itself and by the market's
// officers and municipalities.
import type { Actor } from '../../../platform/access.ts';
import { localDate } from '@tildel/domain/calendar';
import {
  AUTHORITY_OF_COUNTRY,
  checkPermitCsv,
  readPermitCsv,
  supplierIdentifiersIn,
  type AcceptedPermitRow,
  type PermitCsvReport,
  type RegistrySupplier,
} from '@tildel/domain/permit-csv';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { t, type Locale, type MessageKey } from '../../../platform/i18n.ts';
import { queryRows } from '../../../platform/export.ts';
import { pageOf } from '../../../platform/paging.ts';
import { fieldProblem, Problem } from '../../../platform/problem.ts';
import * as repo from './repo.ts';
import {
  COMPANY_PERMIT_PAGE_DEFAULTS,
  PERMIT_PAGE_DEFAULTS,
  type CompanyPermitQuery,
  type PermitInput,
  type PermitListQuery,
} from './schemas.ts';
import type { Db } from '../../../db/db.ts';

type PermitRow = Awaited<ReturnType<typeof repo.permitsOfSupplier>>[number];

function permitView(row: PermitRow) {
  const { lastCheckedByName, ...rest } = row;
  return { ...rest, lastCheckedBy: lastCheckedByName ? { name: lastCheckedByName } : null };
}

async function supplierOrThrow(db: Db, supplierId: string) {
  const supplier = await repo.findSupplier(db, supplierId);
  if (!supplier) throw new Problem('not_found', 'problem.not_found.detail');
  return supplier;
}

/** The caller's own company's permits (a supplier reads its own only). */
export async function companyPermits(
  deps: Deps,
  organisationId: string,
  query: CompanyPermitQuery,
) {
  await supplierOrThrow(deps.db, organisationId);
  const { items, ...paging } = await repo.listPermits(
    deps.db,
    { supplierId: organisationId },
    pageOf(query, COMPANY_PERMIT_PAGE_DEFAULTS),
  );
  return { ...paging, items: items.map(permitView) };
}

/** A supplier's permits with its establishments, for the supplier page. */
export async function supplierPermits(deps: Deps, supplierId: string) {
  const supplier = await supplierOrThrow(deps.db, supplierId);
  const rows = await repo.permitsOfSupplier(deps.db, supplierId);
  const establishments = await repo.establishmentsOf(deps.db, [supplierId]);
  return {
    supplier: { id: supplier.id, name: supplier.name, country: supplier.country },
    establishments: establishments.map((e) => ({ id: e.id, name: e.name })),
    items: rows.map(permitView),
  };
}

type PermitFilterQuery = Omit<PermitListQuery, 'limit' | 'offset'>;

const filterOf = (query: PermitFilterQuery) => ({
  status: query.status,
  checkedBefore: query.checkedBefore,
  q: query.q,
});

export async function listPermits(deps: Deps, query: PermitListQuery) {
  const { items, ...paging } = await repo.listPermits(
    deps.db,
    filterOf(query),
    pageOf(query, PERMIT_PAGE_DEFAULTS),
  );
  return { ...paging, items: items.map(permitView) };
}

/** Every permit of the overview with its filters, in its order: a download's rows. */
export function permitRows(deps: Deps, query: PermitFilterQuery) {
  const sort = pageOf(query, PERMIT_PAGE_DEFAULTS);
  return queryRows(deps.db, repo.permitsInOrder(deps.db, filterOf(query), sort), permitView);
}

function checkConsistency(country: 'SE' | 'DK', input: PermitInput) {
  if (!input.reference.trim()) throw fieldProblem('reference', 'field.required');
  if (AUTHORITY_OF_COUNTRY[country] !== input.authority) {
    throw fieldProblem('authority', 'permit.authority_country', {
      country,
      authority: AUTHORITY_OF_COUNTRY[country],
    });
  }
  if (input.validFrom && input.validTo && input.validTo < input.validFrom) {
    throw fieldProblem('validTo', 'permit.valid_to_before_from');
  }
}

function valuesOf(deps: Deps, actor: Actor, country: 'SE' | 'DK', input: PermitInput) {
  return {
    authority: input.authority,
    reference: input.reference.trim(),
    scope: input.scope,
    status: input.status,
    validFrom: input.validFrom,
    validTo: input.validTo,
    openCases: input.openCases,
    decisions: input.decisions,
    // Whoever records the permit has just checked it, today unless they say otherwise.
    lastCheckedOn: input.lastCheckedOn ?? localDate(deps.clock.now(), country),
    lastCheckedBy: actor.userId,
    lastCheckedByName: actor.name,
  };
}

async function establishmentOrThrow(trx: Db, supplierId: string, establishmentId: string) {
  const [establishment] = (await repo.establishmentsOf(trx, [supplierId])).filter(
    (e) => e.id === establishmentId,
  );
  if (!establishment) throw fieldProblem('establishmentId', 'permit.establishment_unknown');
  return establishment;
}

export async function createPermit(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  supplierId: string,
  input: PermitInput,
) {
  return deps.db.transaction().execute(async (trx) => {
    await supplierOrThrow(trx, supplierId);
    const establishment = await establishmentOrThrow(trx, supplierId, input.establishmentId);
    checkConsistency(establishment.country, input);
    const values = valuesOf(deps, actor, establishment.country, input);
    if (await repo.findPermitByKey(trx, establishment.id, values.authority, values.reference)) {
      throw new Problem('conflict', 'permit.duplicate', {
        params: { reference: values.reference },
        fields: [
          { field: 'reference', key: 'permit.duplicate', params: { reference: values.reference } },
        ],
      });
    }
    const id = await repo.insertPermit(
      trx,
      deps.clock.now(),
      { establishmentId: establishment.id, supplierId },
      values,
    );
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'permit.created',
      objectType: 'permit',
      objectId: id,
      after: { supplierId, establishmentId: establishment.id, ...values },
    });
    return permitView((await repo.findPermit(trx, supplierId, id))!);
  });
}

export async function updatePermit(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  supplierId: string,
  permitId: string,
  input: PermitInput & { version: number },
) {
  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.findPermit(trx, supplierId, permitId);
    if (!before) throw new Problem('not_found', 'problem.not_found.detail');
    const establishment = await establishmentOrThrow(trx, supplierId, input.establishmentId);
    checkConsistency(establishment.country, input);
    const values = valuesOf(deps, actor, establishment.country, input);
    const clash = await repo.findPermitByKey(
      trx,
      establishment.id,
      values.authority,
      values.reference,
    );
    if (clash && clash.id !== permitId) {
      throw new Problem('conflict', 'permit.duplicate', {
        params: { reference: values.reference },
        fields: [
          { field: 'reference', key: 'permit.duplicate', params: { reference: values.reference } },
        ],
      });
    }
    const updated = await repo.updatePermit(trx, deps.clock.now(), permitId, input.version, {
      ...values,
      establishmentId: establishment.id,
    });
    if (!updated) throw new Problem('conflict', 'permit.version_conflict');
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'permit.updated',
      objectType: 'permit',
      objectId: permitId,
      before: permitView(before),
      after: { establishmentId: establishment.id, ...values },
    });
    return permitView((await repo.findPermit(trx, supplierId, permitId))!);
  });
}

// ---- import -------------------------------------------------------------------------------------

/** The report on a file, checked against the registry as it is in db (or trx) now. */
async function reportOn(db: Db, csv: string) {
  const file = readPermitCsv(csv);
  const suppliers = await repo.suppliersByIdentifier(db, supplierIdentifiersIn(file));
  const establishments = await repo.establishmentsOf(
    db,
    suppliers.map((s) => s.id),
  );
  const registry = new Map<string, RegistrySupplier>(
    suppliers.map((s) => [
      s.identifier,
      {
        id: s.id,
        country: s.country,
        establishments: establishments.filter((e) => e.supplier_id === s.id),
      },
    ]),
  );
  const report = checkPermitCsv(file, (identifier) => registry.get(identifier));
  const existing = new Map<string, PermitRow>();
  for (const row of report.accepted) {
    const found = await repo.findPermitByKey(
      db,
      row.establishmentId,
      row.permit.authority,
      row.permit.reference,
    );
    if (found) existing.set(keyOf(row), found);
  }
  return { report, existing };
}

function keyOf(row: AcceptedPermitRow) {
  return `${row.establishmentId}|${row.permit.authority}|${row.permit.reference}`;
}

function reportView(
  locale: Locale,
  report: PermitCsvReport,
  existing: ReadonlyMap<string, PermitRow>,
) {
  const fileProblem = report.fileProblem && {
    code: report.fileProblem.code,
    message: t(locale, `permit.import.file.${report.fileProblem.code}` as MessageKey, {
      columns: 'columns' in report.fileProblem ? report.fileProblem.columns.join(', ') : '',
      limit: 'limit' in report.fileProblem ? report.fileProblem.limit : '',
    }),
  };
  return {
    fileProblem,
    accepted: report.accepted.map((row) => ({
      line: row.line,
      supplierIdentifier: row.supplierIdentifier,
      establishmentName: row.establishmentName,
      authority: row.permit.authority,
      reference: row.permit.reference,
      status: row.permit.status,
      action: existing.has(keyOf(row)) ? ('update' as const) : ('create' as const),
    })),
    rejected: report.rejected.map((row) => ({
      line: row.line,
      supplierIdentifier: row.supplierIdentifier,
      establishmentName: row.establishmentName,
      reference: row.reference,
      reasons: row.reasons.map((r) => ({
        code: r.code,
        column: r.column ?? null,
        message: t(locale, `permit.csv.${r.code}` as MessageKey, {
          column: r.column ?? '',
          value: r.value ?? '',
        }),
      })),
    })),
  };
}

export async function previewImport(deps: Deps, locale: Locale, csv: string) {
  const { report, existing } = await reportOn(deps.db, csv);
  return reportView(locale, report, existing);
}

/**
 * Imports the file in one transaction, and only when no row is rejected: a register that is half
 * imported would say things nobody checked. The report is computed again inside the transaction,
 * so what was previewed is what is written, or the caller learns why not.
 */
export async function importPermits(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  locale: Locale,
  csv: string,
) {
  return deps.db.transaction().execute(async (trx) => {
    const { report, existing } = await reportOn(trx, csv);
    const view = reportView(locale, report, existing);
    if (!report.ok || report.rejected.length > 0) return { imported: false as const, report: view };
    const now = deps.clock.now();
    for (const row of report.accepted) {
      const before = existing.get(keyOf(row));
      const country = AUTHORITY_OF_COUNTRY.SE === row.permit.authority ? 'SE' : 'DK';
      const values = {
        ...row.permit,
        lastCheckedOn: row.permit.lastCheckedOn ?? localDate(now, country),
        lastCheckedBy: actor.userId,
        lastCheckedByName: actor.name,
      };
      let id = before?.id;
      if (before) {
        await repo.updatePermit(trx, now, before.id, before.version, {
          ...values,
          establishmentId: row.establishmentId,
        });
      } else {
        id = await repo.insertPermit(
          trx,
          now,
          { establishmentId: row.establishmentId, supplierId: row.supplierId },
          values,
        );
      }
      await appendAudit(trx, deps.clock, {
        organisationId,
        actorUserId: actor.userId,
        action: before ? 'permit.updated' : 'permit.created',
        objectType: 'permit',
        objectId: id!,
        before: before ? permitView(before) : undefined,
        after: {
          supplierId: row.supplierId,
          establishmentId: row.establishmentId,
          ...values,
          source: 'csv_import',
          line: row.line,
        },
      });
    }
    return { imported: true as const, report: view };
  });
}
