// The notices a hiding or a termination sends, in the transaction that made it: buyers of each
// municipality with running call-offs that include the supplier learn of a hiding with the links
// to those call-offs; buyers of each municipality with active orders from a terminated supplier
// get the list of those orders. Municipalities with nothing running are not written to.
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { mailRoles, type Country, type MailDeps } from '../../../platform/notify.ts';
import * as repo from './repo.ts';

interface AgreementRef {
  id: string;
  reference: string;
  country: Country;
}

function byMunicipality<T extends { organisation_id: string }>(rows: readonly T[]) {
  const groups = new Map<string, T[]>();
  for (const row of rows)
    groups.set(row.organisation_id, [...(groups.get(row.organisation_id) ?? []), row]);
  return groups;
}

async function supplierName(trx: Transaction<DB>, supplierId: string) {
  return (await repo.findSupplier(trx, supplierId))?.name ?? '';
}

/** A supplier (establishment: null) or one of its establishments was hidden from `from`. */
export async function noticeOfHiding(
  trx: Transaction<DB>,
  deps: MailDeps,
  hiding: {
    agreement: AgreementRef;
    supplierId: string;
    establishment: { name: string; serviceKind: string } | null;
    from: string;
  },
) {
  const { agreement, establishment } = hiding;
  const calloffs = await repo.runningCalloffsWith(
    trx,
    agreement.id,
    hiding.supplierId,
    establishment?.serviceKind ?? null,
  );
  const supplier = await supplierName(trx, hiding.supplierId);
  const mail = establishment ? 'email.hiding.establishment_hidden' : 'email.hiding.supplier_hidden';
  for (const [municipalityId, own] of byMunicipality(calloffs)) {
    const lines = own.map((c) => `- ${c.title}: ${deps.config.publicUrl}/calloffs/${c.id}`);
    await mailRoles(
      trx,
      deps,
      municipalityId,
      ['buyer'],
      own.length === 1 ? `/calloffs/${own[0]!.id}` : '/calloffs',
      {
        organisationId: municipalityId,
        country: agreement.country,
        subject: `${mail}.subject`,
        body: `${mail}.body`,
        params: {
          supplier,
          establishment: establishment?.name ?? '',
          agreement: agreement.reference,
          from: hiding.from,
          calloffs: lines.join('\n'),
        },
      },
    );
  }
}

/** A supplier's participation in the agreement ends on `from`. */
export async function noticeOfTermination(
  trx: Transaction<DB>,
  deps: MailDeps,
  termination: { agreement: AgreementRef; supplierId: string; from: string },
) {
  const { agreement } = termination;
  const orders = await repo.activeOrdersFrom(trx, agreement.id, termination.supplierId);
  const supplier = await supplierName(trx, termination.supplierId);
  for (const [municipalityId, own] of byMunicipality(orders)) {
    const lines = own.map(
      (o) =>
        `- ${o.reference} (${o.start_date} – ${o.end_date ?? '…'}): ${deps.config.publicUrl}/orders/${o.id}`,
    );
    await mailRoles(trx, deps, municipalityId, ['buyer'], '/orders', {
      organisationId: municipalityId,
      country: agreement.country,
      subject: 'email.hiding.supplier_terminated.subject',
      body: 'email.hiding.supplier_terminated.body',
      params: {
        supplier,
        agreement: agreement.reference,
        from: termination.from,
        orders: lines.join('\n'),
      },
    });
  }
}
