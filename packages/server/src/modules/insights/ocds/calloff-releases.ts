// A call-off as its own OCDS contracting process, related to its framework agreement or DPS: the
// tender once published, the award once decided (or, down a ranking, once the order is made) and
// the contract once ordered. Before the award nothing of a bid appears: the awarded value comes
// from the award's frozen report (the winner's price only) or from the order. The call-off's own
// title is the caseworker's text and may name the person, so the service category names it.
import type { Currency } from '@tildel/domain/money';
import type { Release } from './release.ts';
import { instant, languageOf, ocidOf, partyOf, periodOf, referenceTo, valueOf } from './release.ts';
import type { CalloffFacts } from './repo.ts';

/** What the frozen award report holds that OCDS may show: the winning bid's unit price. */
interface AwardReport {
  bids: { bidId: string; unitPriceMinor: number }[];
}

const TENDER_STATUS = {
  open: 'active',
  offering: 'active',
  evaluation: 'active',
  awarded: 'complete',
  ordered: 'complete',
  cancelled: 'cancelled',
  unfulfilled: 'unsuccessful',
} as const;

export function calloffReleases(prefix: string, c: CalloffFacts): Release[] {
  if (c.status === 'draft') return [];
  const ocid = ocidOf(prefix, c.id);
  const parentId = c.agreement_id ?? c.dps_id;
  const buyer = partyOf(c.owner, ['buyer', 'procuringEntity']);
  const common = { ocid, initiationType: 'tender' as const, language: languageOf(c.country) };
  const currency = c.currency as Currency;
  const title = (c.country === 'SE' ? (c.name_sv ?? c.lot_name_sv) : (c.name_da ?? c.lot_name_da))!;
  const releases: Release[] = [
    {
      ...common,
      id: `${ocid}-tender`,
      date: instant(c.published_at ?? c.created_at),
      tag: ['tender'],
      parties: [buyer],
      buyer: referenceTo(buyer),
      tender: {
        id: c.id,
        title,
        status: 'active',
        // Only the suppliers of the agreement or DPS may answer; down a ranking, one at a time.
        procurementMethod: c.procedure === 'ranking' ? 'limited' : 'selective',
        procurementMethodDetails: c.procedure,
        mainProcurementCategory: 'services',
        competitive: c.procedure !== 'ranking',
        techniques: c.agreement_id
          ? { hasFrameworkAgreement: true }
          : { hasDynamicPurchasingSystem: true },
        ...(c.tender_deadline
          ? {
              tenderPeriod: {
                startDate: instant(c.published_at ?? c.created_at),
                endDate: instant(c.tender_deadline),
              },
            }
          : {}),
      },
      ...(parentId
        ? {
            relatedProcesses: [
              {
                id: 'framework',
                relationship: ['framework'],
                scheme: 'ocid',
                identifier: ocidOf(prefix, parentId),
              },
            ],
          }
        : {}),
    },
  ];
  const suppliers = new Map(c.suppliers.map((s) => [s.id, partyOf(s, ['supplier'])]));
  const { award, order } = c;
  if (award || order) {
    const supplier = suppliers.get((award?.supplier_id ?? order?.supplier_id)!)!;
    const winner = award
      ? (award.report as unknown as AwardReport).bids.find((b) => b.bidId === award.bid_id)
      : undefined;
    const value = order
      ? valueOf(Number(order.unit_price_minor), order.expected_volume, order.currency as Currency)
      : winner && valueOf(winner.unitPriceMinor, c.expected_volume, currency);
    const date = instant(award?.decided_at ?? order!.created_at);
    releases.push({
      ...common,
      id: `${ocid}-award`,
      date,
      tag: ['award'],
      parties: [supplier],
      tender: { id: c.id, status: 'complete' },
      awards: [
        {
          id: award?.id ?? order!.id,
          status: 'active',
          date,
          suppliers: [referenceTo(supplier)],
          ...(value ? { value } : {}),
        },
      ],
    });
    if (order) {
      releases.push({
        ...common,
        id: `${ocid}-contract`,
        date: instant(order.created_at),
        tag: ['contract'],
        contracts: [
          {
            id: order.id,
            awardID: award?.id ?? order.id,
            status: order.status === 'ended' ? 'terminated' : 'active',
            period: periodOf(c.country, order.start_date, order.end_date),
            value: valueOf(
              Number(order.unit_price_minor),
              order.expected_volume,
              order.currency as Currency,
            ),
            dateSigned: instant(order.created_at),
          },
        ],
      });
    }
  }
  const closing = TENDER_STATUS[c.status];
  if (closing === 'cancelled' || closing === 'unsuccessful') {
    releases.push({
      ...common,
      id: `${ocid}-${closing}`,
      date: instant(c.updated_at),
      tag: [closing === 'cancelled' ? 'tenderCancellation' : 'tenderUpdate'],
      tender: { id: c.id, status: closing },
    });
  }
  return releases;
}
