// Notes from a matching team's meetings with a supplier: what it learned about competences and
// target groups, shown beside the supplier's proposals. Only the organisation that wrote a note
// reads it; the supplier never does.
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { pageOf } from '../../../platform/paging.ts';
import { notFound } from '../../../platform/problem.ts';
import type { Db } from '../../../db/db.ts';
import * as repo from './repo.ts';
import { NOTE_PAGE_DEFAULTS, type NoteBody, type NoteListQuery } from './schemas.ts';

type NoteRow = Awaited<ReturnType<typeof repo.findNote>>;

function noteView(row: NoteRow) {
  return {
    id: row.id,
    supplierId: row.supplier_id,
    metOn: row.met_on,
    participants: row.participants,
    learned: row.learned,
    createdBy: { name: row.created_by_name },
    createdAt: row.created_at,
  };
}

async function supplierOrThrow(db: Db, supplierId: string) {
  const supplier = await repo.findSupplier(db, supplierId);
  if (!supplier) throw notFound();
  return supplier;
}

export async function listNotes(
  deps: Deps,
  organisationId: string,
  supplierId: string,
  query: NoteListQuery,
) {
  await supplierOrThrow(deps.db, supplierId);
  const { items, ...paging } = await repo.pageOfNotes(
    deps.db,
    organisationId,
    supplierId,
    pageOf(query, NOTE_PAGE_DEFAULTS),
  );
  return { ...paging, items: items.map(noteView) };
}

export async function addNote(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  supplierId: string,
  input: NoteBody,
) {
  return deps.db.transaction().execute(async (trx) => {
    await supplierOrThrow(trx, supplierId);
    const values = {
      metOn: input.metOn,
      participants: input.participants.trim(),
      learned: input.learned.trim(),
    };
    const id = await repo.insertNote(trx, {
      ...values,
      organisationId,
      supplierId,
      createdBy: actor.userId,
      createdAt: deps.clock.now(),
    });
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'meeting_note.created',
      objectType: 'supplier_meeting_note',
      objectId: id,
      after: { supplierId, ...values },
    });
    return noteView(await repo.findNote(trx, organisationId, id));
  });
}
