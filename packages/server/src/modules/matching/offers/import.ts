// A supplier's offers from a CSV file (capacity, tariffs, Socialtilsyn's theme scores), checked
// by the domain's offer-csv rules and written all or nothing, like the permit import: a register
// half imported would say things nobody stated. Importing an offer's row confirms the offer.
import { AUTHORITY_OF_COUNTRY } from '@tildel/domain/permit-csv';
import {
  checkOfferCsv,
  readOfferCsv,
  type OfferCsvReport,
} from '@tildel/domain/matching/offer-csv';
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { t, type Locale, type MessageKey } from '../../../platform/i18n.ts';
import type { Db } from '../../../db/db.ts';
import * as repo from './repo.ts';
import { supplierOrThrow } from './service.ts';

const MONEY_LOCALE_OF_COUNTRY = { SE: 'sv', DK: 'da' } as const;

async function reportOn(db: Db, supplierId: string, csv: string) {
  const supplier = await supplierOrThrow(db, supplierId);
  const offers = await repo.openOfferIds(db, supplierId);
  // Amounts are read as the supplier's country writes them ("2.400,50" in a Danish spreadsheet),
  // whatever language the reader of the report uses.
  const moneyLocale = MONEY_LOCALE_OF_COUNTRY[supplier.country];
  return { supplier, report: checkOfferCsv(readOfferCsv(csv), offers, moneyLocale) };
}

function reportView(locale: Locale, report: OfferCsvReport) {
  // The file problems are those of every CSV import (the permit import's texts).
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
      establishmentName: row.establishmentName,
      capacity:
        row.capacity !== null || row.nextFreeOn !== null || row.assumedOccupancyPercent !== null,
      tariff: row.tariff !== null,
      assessment: row.assessment !== null,
    })),
    rejected: report.rejected.map((row) => ({
      line: row.line,
      establishmentName: row.establishmentName,
      reasons: row.reasons.map((r) => ({
        code: r.code,
        column: r.column ?? null,
        message: t(locale, `offers.csv.${r.code}` as MessageKey, {
          column: r.column ?? '',
          value: r.value ?? '',
        }),
      })),
    })),
  };
}

export async function previewImport(deps: Deps, supplierId: string, locale: Locale, csv: string) {
  const { report } = await reportOn(deps.db, supplierId, csv);
  return reportView(locale, report);
}

/**
 * Imports the file in one transaction, only when no row is rejected; the report is made again
 * inside the transaction, so what was previewed is what is written, or the caller learns why not.
 * A tariff or assessment already recorded for the same day is a rejected row too.
 */
export async function importOffers(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  locale: Locale,
  csv: string,
) {
  return deps.db.transaction().execute(async (trx) => {
    const { supplier, report } = await reportOn(trx, supplierId, csv);
    const authority = AUTHORITY_OF_COUNTRY[supplier.country];
    if (report.ok) {
      for (const row of [...report.accepted]) {
        const reasons = [];
        if (
          row.tariff &&
          (await repo.tariffExists(trx, row.establishmentId, row.tariff.unit, row.tariff.validFrom))
        ) {
          reasons.push({ code: 'tariff_exists' as const, column: 'tariff_valid_from' as const });
        }
        if (
          row.assessment &&
          (await repo.assessmentExists(
            trx,
            row.establishmentId,
            authority,
            row.assessment.assessedOn,
          ))
        ) {
          reasons.push({ code: 'assessment_exists' as const, column: 'assessed_on' as const });
        }
        if (reasons.length > 0) {
          report.accepted.splice(report.accepted.indexOf(row), 1);
          report.rejected.push({
            line: row.line,
            establishmentName: row.establishmentName,
            reasons,
          });
        }
      }
      report.rejected.sort((a, b) => a.line - b.line);
    }
    const view = reportView(locale, report);
    if (!report.ok || report.rejected.length > 0) return { imported: false as const, report: view };
    const now = deps.clock.now();
    const confirmation = { at: now, by: actor.userId, byName: actor.name };
    for (const row of report.accepted) {
      const fields = {
        ...(row.capacity
          ? { places_total: row.capacity.placesTotal, places_free: row.capacity.placesFree }
          : {}),
        ...(row.nextFreeOn !== null ? { next_free_on: row.nextFreeOn } : {}),
        ...(row.assumedOccupancyPercent !== null
          ? { assumed_occupancy_percent: row.assumedOccupancyPercent }
          : {}),
      };
      await repo.setOfferFields(trx, row.establishmentId, fields, confirmation);
      const tariffId = row.tariff
        ? await repo.insertTariff(trx, {
            ...row.tariff,
            establishmentId: row.establishmentId,
            supplierId,
            createdAt: now,
            createdBy: actor.userId,
          })
        : null;
      const assessmentId = row.assessment
        ? await repo.insertAssessment(trx, {
            establishmentId: row.establishmentId,
            authority,
            assessedOn: row.assessment.assessedOn,
            scores: row.assessment.scores,
            createdAt: now,
            createdBy: actor.userId,
          })
        : null;
      await appendAudit(trx, deps.clock, {
        organisationId: supplierId,
        actorUserId: actor.userId,
        action: 'offer.imported',
        objectType: 'establishment',
        objectId: row.establishmentId,
        after: {
          ...fields,
          tariff: row.tariff && { id: tariffId, ...row.tariff },
          assessment: row.assessment && { id: assessmentId, authority, ...row.assessment },
          confirmedAt: now,
          source: 'csv_import',
          line: row.line,
        },
      });
    }
    return { imported: true as const, report: view };
  });
}
