// The supplier's contacts: named people and shared function mailboxes, and whether each
// receives the notices sent to the supplier.
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/problem.ts';
import * as repo from './repo.ts';
import type { ContactInput } from './schemas.ts';
import { optional, required, supplierOrThrow } from './supplier.ts';

type ContactRow = Awaited<ReturnType<typeof repo.listContacts>>[number];

export function contactView(c: ContactRow) {
  return {
    id: c.id,
    kind: c.kind,
    name: c.name,
    purpose: c.purpose,
    email: c.email,
    phone: c.phone,
    receivesNotices: c.receives_notices,
    createdAt: c.created_at,
  };
}

function contactValues(input: ContactInput) {
  return {
    kind: input.kind,
    name: required('name', input.name),
    purpose: input.purpose?.trim() ?? '',
    email: input.email.trim(),
    phone: optional(input.phone),
    receives_notices: input.receivesNotices ?? true,
  };
}

export async function listContacts(deps: Deps, supplierId: string) {
  await supplierOrThrow(deps, supplierId);
  return (await repo.listContacts(deps.db, supplierId)).map(contactView);
}

export async function addContact(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  input: ContactInput,
) {
  await supplierOrThrow(deps, supplierId);
  const values = contactValues(input);
  return deps.db.transaction().execute(async (trx) => {
    const created = await repo.insertContact(trx, {
      ...values,
      supplier_id: supplierId,
      created_at: deps.clock.now(),
    });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'supplier_contact.added',
      objectType: 'supplier_contact',
      objectId: created.id,
      after: values,
    });
    return contactView(created);
  });
}

export async function changeContact(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  contactId: string,
  input: ContactInput,
) {
  await supplierOrThrow(deps, supplierId);
  const values = contactValues(input);
  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.findContact(trx, supplierId, contactId);
    if (!before) throw notFound();
    const after = await repo.updateContact(trx, contactId, values);
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'supplier_contact.changed',
      objectType: 'supplier_contact',
      objectId: contactId,
      before,
      after: values,
    });
    return contactView(after);
  });
}

export async function removeContact(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  contactId: string,
) {
  await supplierOrThrow(deps, supplierId);
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findContact(trx, supplierId, contactId);
    if (!before) throw notFound();
    const removedAt = deps.clock.now();
    await repo.updateContact(trx, contactId, { removed_at: removedAt });
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: 'supplier_contact.removed',
      objectType: 'supplier_contact',
      objectId: contactId,
      before,
      after: { removedAt },
    });
  });
}
