// The shared logbook: a body's quality officers write notes about a supplier on an agreement;
// the owner, the participating municipalities and the supplier itself read them. A sensitive
// note's text is given one note at a time and every such read is recorded in the same
// transaction; lists only say that such a note exists.
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { queryRows } from '../../../platform/export.ts';
import { pageOf } from '../../../platform/paging.ts';
import { fieldProblem, Problem } from '../../../platform/problem.ts';
import * as repo from './repo.ts';
import type { Static } from 'typebox';
import {
  NOTE_PAGE_DEFAULTS,
  READS_PAGE_DEFAULTS,
  type NewNote,
  type NoteFilter,
  type readsQuery,
} from './schemas.ts';

/** Notes shown beside a supplier in the catalogue and call-off screens. */
export const SUMMARY_NOTES = 3;

function noteView(row: repo.NoteRow, orgId: string, withText: boolean) {
  return {
    id: row.id,
    agreement: {
      id: row.agreementId,
      reference: row.agreementReference,
      title: row.agreementTitle,
    },
    supplier: { id: row.supplierId, name: row.supplierName },
    establishment: row.establishmentId
      ? { id: row.establishmentId, name: row.establishmentName ?? '' }
      : null,
    author: { name: row.authorName, organisation: row.authorOrganisation },
    createdAt: row.createdAt,
    sensitive: row.sensitive,
    concern: row.concern,
    text: withText || !row.sensitive ? row.text : null,
    // The owner's officers may see who read a sensitive note.
    ownNote: row.ownerId === orgId,
  };
}

export async function writeNote(deps: Deps, actor: Actor, orgId: string, input: NewNote) {
  const establishmentId = input.establishmentId ?? null;
  const agreement = await repo.agreementWithSupplier(
    deps.db,
    orgId,
    input.agreementId,
    input.supplierId,
    establishmentId,
  );
  if (!agreement) throw fieldProblem('supplierId', 'logbook.not_on_agreement');
  const text = input.text.trim();
  return deps.db.transaction().execute(async (trx) => {
    const id = await repo.insertNote(trx, {
      organisationId: orgId,
      agreementId: input.agreementId,
      supplierId: input.supplierId,
      establishmentId,
      text,
      sensitive: input.sensitive,
      concern: input.concern,
      createdBy: actor.userId,
      createdAt: deps.clock.now(),
    });
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'logbook.note_written',
      objectType: 'logbook_note',
      objectId: id,
      // The audit trail keeps that a sensitive text was written, not the text itself.
      after: {
        agreementId: input.agreementId,
        supplierId: input.supplierId,
        establishmentId,
        sensitive: input.sensitive,
        concern: input.concern,
        ...(input.sensitive ? {} : { text }),
      },
    });
    return noteView((await repo.findNote(trx, orgId, id))!, orgId, true);
  });
}

type NoteFilterQuery = Omit<NoteFilter, 'limit' | 'offset'>;

const filterOf = (query: NoteFilterQuery): repo.NoteFilter => ({
  supplierId: query.supplierId,
  establishmentId: query.establishmentId,
  agreementId: query.agreementId,
});

export async function listNotes(deps: Deps, orgId: string, query: NoteFilter) {
  const { items, ...paging } = await repo.listNotes(
    deps.db,
    orgId,
    filterOf(query),
    pageOf(query, NOTE_PAGE_DEFAULTS),
  );
  return { ...paging, items: items.map((row) => noteView(row, orgId, false)) };
}

/** Every note of the list with its filters, in its order (sensitive texts left out): a download. */
export function noteRows(deps: Deps, orgId: string, query: NoteFilterQuery) {
  const sort = pageOf(query, NOTE_PAGE_DEFAULTS);
  return queryRows(deps.db, repo.notesInOrder(deps.db, orgId, filterOf(query), sort), (row) =>
    noteView(row, orgId, false),
  );
}

/** One note with its text; reading a sensitive one is recorded before it is given. */
export async function readNote(deps: Deps, actor: Actor, orgId: string, noteId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const row = await repo.findNote(trx, orgId, noteId);
    if (!row) throw new Problem('not_found', 'problem.not_found.detail');
    if (row.sensitive) {
      await repo.logRead(trx, {
        organisationId: orgId,
        noteId,
        userId: actor.userId,
        at: deps.clock.now(),
      });
    }
    return noteView(row, orgId, true);
  });
}

/** Who read a sensitive note: for the officers of the agreement's owner only. */
export async function noteReads(
  deps: Deps,
  orgId: string,
  noteId: string,
  query: Static<typeof readsQuery>,
) {
  const row = await repo.findNote(deps.db, orgId, noteId);
  if (!row || row.ownerId !== orgId) throw new Problem('not_found', 'problem.not_found.detail');
  const reads = await repo.readsOf(deps.db, noteId, pageOf(query, READS_PAGE_DEFAULTS));
  return {
    ...reads,
    items: reads.items.map((r) => ({
      at: r.at,
      user: r.userName,
      organisation: r.organisationName,
    })),
  };
}

/** Per supplier: the latest notes the caller may see and the requests for correction still open. */
export async function supplierSummary(deps: Deps, orgId: string, supplierIds: readonly string[]) {
  const ids = [...new Set(supplierIds)];
  const [notes, counts] = await Promise.all([
    repo.latestNotesOf(deps.db, orgId, ids, SUMMARY_NOTES),
    repo.openCorrectionCounts(deps.db, orgId, ids),
  ]);
  return {
    items: ids.map((supplierId) => ({
      supplierId,
      notes: notes.filter((n) => n.supplierId === supplierId).map((n) => noteView(n, orgId, false)),
      openCorrections: Number(counts.find((c) => c.supplierId === supplierId)?.count ?? 0),
    })),
  };
}
