// Compliance documents: a supplier uploads its certificates, officers read them, and 30 days
// before one expires the supplier and the officers who rely on it are warned once.
import type { Actor } from '../../../platform/access.ts';
import { addCalendarDays, localDate } from '@tildel/domain/calendar';
import {
  daysUntilExpiry,
  documentsToWarn,
  EXPIRY_WARNING_DAYS,
} from '@tildel/domain/document-expiry';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { queryRows } from '../../../platform/export.ts';
import type { JobDeps } from '../../../platform/scheduler.ts';
import { acceptFile, readFile, storeFile } from '../../../platform/files.ts';
import { t, type Locale } from '../../../platform/i18n.ts';
import { noticeContacts } from '../../../platform/notify.ts';
import { enqueueEmail } from '../../../platform/outbox.ts';
import { pageOf } from '../../../platform/paging.ts';
import { fieldProblem, Problem } from '../../../platform/problem.ts';
import { standingOf } from './export.ts';
import * as repo from './repo.ts';
import {
  DOCUMENT_FILES,
  DOCUMENT_PAGE_DEFAULTS,
  type DocumentListQuery,
  type UploadInput,
} from './schemas.ts';

type DocumentRow = NonNullable<Awaited<ReturnType<typeof repo.findDocument>>>;

function documentView(row: DocumentRow) {
  const { createdByName, fileId, fileName, contentType, sizeBytes, sha256, ...rest } = row;
  void fileId;
  return {
    ...rest,
    createdBy: createdByName ? { name: createdByName } : null,
    file: { fileName, contentType, sizeBytes, sha256 },
  };
}

async function supplierOrThrow(deps: Deps, supplierId: string) {
  const supplier = await repo.findSupplier(deps.db, supplierId);
  if (!supplier) throw new Problem('not_found', 'problem.not_found.detail');
  return supplier;
}

/** The documents of a supplier: its own users ask with their organisation, officers by id. */
export async function listDocuments(deps: Deps, supplierId: string, query: DocumentListQuery) {
  await supplierOrThrow(deps, supplierId);
  const page = pageOf(query, DOCUMENT_PAGE_DEFAULTS);
  const { items, ...paging } = await repo.documentsOf(deps.db, supplierId, page);
  return { ...paging, items: items.map(documentView) };
}

/**
 * Every document of the list in its order, each with where it stands today: a download's rows.
 * An unknown supplier is refused before the file starts.
 */
export async function* documentRows(
  deps: Deps,
  supplierId: string,
  query: Omit<DocumentListQuery, 'limit' | 'offset'>,
) {
  await supplierOrThrow(deps, supplierId);
  const sort = pageOf(query, DOCUMENT_PAGE_DEFAULTS);
  const today = localDate(deps.clock.now(), 'SE');
  yield* queryRows(deps.db, repo.documentsInOrder(deps.db, supplierId, sort), (row) => {
    const view = documentView(row);
    return { ...view, standing: standingOf(view, today) };
  });
}

export async function uploadDocument(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  input: UploadInput,
) {
  await supplierOrThrow(deps, supplierId);
  const title = input.title.trim();
  if (!title) throw fieldProblem('title', 'document.title_required');
  const bytes = acceptFile(
    { ...input, organisationId: supplierId, uploadedBy: actor.userId },
    DOCUMENT_FILES,
  );
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const file = await storeFile(
      trx,
      deps.clock,
      {
        organisationId: supplierId,
        fileName: input.fileName.trim(),
        contentType: input.contentType,
        uploadedBy: actor.userId,
      },
      bytes,
    );
    // A newer document of the same kind replaces the older one; both stay readable.
    const replaced = await repo.replaceCurrent(trx, supplierId, input.kind, now);
    const id = await repo.insertDocument(trx, {
      supplierId,
      kind: input.kind,
      title,
      fileId: file.id,
      validUntil: input.validUntil,
      createdAt: now,
      createdBy: actor.userId,
    });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'document.uploaded',
      objectType: 'compliance_document',
      objectId: id,
      after: {
        kind: input.kind,
        title,
        validUntil: input.validUntil,
        fileName: input.fileName.trim(),
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        replaced,
      },
    });
    return documentView((await repo.findDocument(trx, supplierId, id))!);
  });
}

/** The file of a supplier's document; 404 when the document is not that supplier's. */
export async function documentFile(deps: Deps, supplierId: string, documentId: string) {
  const document = await repo.findDocument(deps.db, supplierId, documentId);
  const file = document && (await readFile(deps.db, document.fileId));
  if (!file) throw new Problem('not_found', 'problem.not_found.detail');
  return file;
}

// ---- expiry warnings --------------------------------------------------------------------------

const COUNTRY_LOCALE: Record<'SE' | 'DK', Locale> = { SE: 'sv', DK: 'da' };
const DATE_TAG: Record<Locale, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

function longDate(locale: Locale, date: string) {
  return new Intl.DateTimeFormat(DATE_TAG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/**
 * Enqueues the expiry warnings due now: one email per recipient and document, then marks the
 * document warned in the same transaction, so a warning is sent exactly once.
 */
export async function warnExpiringDocuments(deps: JobDeps): Promise<number> {
  const { db, clock, config } = deps;
  const now = clock.now();
  // Candidates in a window wide enough for either country's date; the rule decides per document.
  const today = localDate(now, 'SE');
  const candidates = await repo.expiryCandidates(
    db,
    addCalendarDays(today, -1),
    addCalendarDays(today, EXPIRY_WARNING_DAYS + 1),
  );
  let warned = 0;
  for (const doc of candidates) {
    const localToday = localDate(now, doc.country);
    if (documentsToWarn([doc], localToday).length === 0) continue;
    const sent = await db.transaction().execute(async (trx) => {
      if (!(await repo.claimForWarning(trx, doc.id))) return false;
      const contacts = await noticeContacts(trx, doc.supplierId);
      const supplierSide =
        contacts.length > 0
          ? contacts.map((c) => ({ email: c.email, locale: COUNTRY_LOCALE[doc.country] }))
          : await repo.supplierAdmins(trx, doc.supplierId);
      const officers = await repo.followingOfficers(trx, doc.supplierId);
      // Each side acts on its own page: the supplier uploads, the officers look at the supplier
      // (in their own body, where a user among them also finds it in the in-app inbox).
      const supplierPath = '/company/documents';
      const officerPath = `/suppliers/${doc.supplierId}`;
      const recipients = new Map<string, { locale: Locale; path: string; actsIn: string }>();
      for (const r of [
        ...supplierSide.map((r) => ({ ...r, path: supplierPath, actsIn: doc.supplierId })),
        ...officers.map((r) => ({ ...r, path: officerPath, actsIn: r.organisationId })),
      ]) {
        const key = r.email.toLowerCase();
        if (!recipients.has(key))
          recipients.set(key, { locale: r.locale, path: r.path, actsIn: r.actsIn });
      }
      const validUntil = doc.validUntil!;
      for (const [email, { locale, path, actsIn }] of recipients) {
        const params = {
          title: doc.title,
          kind: t(locale, `document.kind.${doc.kind}`),
          supplier: doc.supplierName,
          date: longDate(locale, validUntil),
          days: daysUntilExpiry(validUntil, localToday),
          link: `${config.publicUrl}${path}`,
        };
        await enqueueEmail(trx, clock, {
          organisationId: doc.supplierId,
          to: email,
          subject: t(locale, 'email.document_expiry.subject', params),
          body: t(locale, 'email.document_expiry.body', params),
          inbox: { organisationId: actsIn, link: path },
        });
      }
      await repo.markWarned(trx, doc.id, now);
      await appendAudit(trx, clock, {
        organisationId: doc.supplierId,
        actorUserId: null,
        action: 'document.expiry_warned',
        objectType: 'compliance_document',
        objectId: doc.id,
        after: { validUntil, recipients: [...recipients.keys()] },
      });
      return true;
    });
    if (sent) warned += 1;
  }
  return warned;
}
