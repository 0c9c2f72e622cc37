// A dynamic purchasing system as one OCDS contracting process: the tender when it opens (its
// categories as lots, the techniques extension's DPS fields), one release per supplier admitted
// (a tenderer from then on), and its closing. Pending, refused and withdrawn applications stay out.
import type { Release } from './release.ts';
import {
  instant,
  languageOf,
  ocidOf,
  partiesOf,
  partyOf,
  periodOf,
  referenceTo,
} from './release.ts';
import type { DpsFacts } from './repo.ts';

export function dpsReleases(prefix: string, d: DpsFacts): Release[] {
  if (d.status === 'draft') return [];
  const ocid = ocidOf(prefix, d.id);
  const owner = partyOf(d.owner, ['buyer', 'procuringEntity']);
  const common = { ocid, initiationType: 'tender' as const, language: languageOf(d.country) };
  const name = (c: { name_sv: string; name_da: string }) =>
    d.country === 'SE' ? c.name_sv : c.name_da;
  // A central purchasing body's DPS may be used by buyers not named in it: an "open" one.
  const type = d.owner_is_central_purchasing_body ? 'open' : 'closed';
  const tenderPeriod = periodOf(d.country, d.valid_from, d.valid_to);
  const releases: Release[] = [
    {
      ...common,
      id: `${ocid}-tender`,
      date: instant(d.opened_at ?? d.created_at),
      tag: ['tender'],
      parties: partiesOf([owner, ...d.municipalities.map((m) => partyOf(m, ['buyer']))]),
      buyer: referenceTo(owner),
      tender: {
        id: d.reference,
        title: d.title,
        status: 'active',
        procurementMethod: 'selective',
        mainProcurementCategory: 'services',
        tenderPeriod,
        techniques: {
          hasDynamicPurchasingSystem: true,
          dynamicPurchasingSystem: { type, status: 'active' },
        },
        lots: d.categories.map((c) => ({ id: c.id, title: name(c), status: 'active' })),
      },
    },
  ];
  const suppliers = new Map(d.suppliers.map((s) => [s.id, partyOf(s, ['tenderer'])]));
  for (const admission of d.admissions) {
    const supplier = suppliers.get(admission.supplier_id)!;
    releases.push({
      ...common,
      id: `${ocid}-admission-${admission.id}`,
      date: instant(admission.decided_at),
      tag: ['tenderUpdate'],
      parties: [supplier],
      tender: { id: d.reference, tenderers: [referenceTo(supplier)] },
    });
  }
  if (d.status === 'closed') {
    releases.push({
      ...common,
      id: `${ocid}-closed`,
      date: instant(d.closed_at ?? tenderPeriod.endDate!),
      tag: ['tenderUpdate'],
      tender: {
        id: d.reference,
        status: 'complete',
        techniques: {
          hasDynamicPurchasingSystem: true,
          dynamicPurchasingSystem: { type, status: 'terminated' },
        },
      },
    });
  }
  return releases;
}
