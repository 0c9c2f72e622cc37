// A framework agreement as one OCDS contracting process: the tender (what the agreement covers,
// lot by lot, with the techniques extension's framework fields), the award and contract per lot to
// the suppliers admitted on it, and the end when it expires or is terminated. Nothing of a draft.
import type { OrganizationReference, Release } from './release.ts';
import {
  languageOf,
  ocidOf,
  partiesOf,
  partyOf,
  periodOf,
  referenceTo,
  instant,
} from './release.ts';
import type { AgreementFacts } from './repo.ts';

type CalloffMethod = AgreementFacts['lots'][number]['calloff_method'];

/** A ranking calls off without competition; a volume rule uses both, above and below the line. */
const FRAMEWORK_METHOD = {
  ranking: 'withoutReopeningCompetition',
  renewed_competition: 'withReopeningCompetition',
  volume_rule: 'withAndWithoutReopeningCompetition',
} as const satisfies Record<CalloffMethod, string>;

function methodOf(methods: CalloffMethod[]): string {
  const distinct = new Set(methods.map((m) => FRAMEWORK_METHOD[m]));
  return distinct.size === 1 ? [...distinct][0]! : 'withAndWithoutReopeningCompetition';
}

export function agreementReleases(prefix: string, a: AgreementFacts): Release[] {
  if (a.status === 'draft') return [];
  const ocid = ocidOf(prefix, a.id);
  const owner = partyOf(a.owner, ['buyer', 'procuringEntity']);
  const suppliers = new Map(a.suppliers.map((s) => [s.id, partyOf(s, ['supplier', 'tenderer'])]));
  const period = periodOf(a.country, a.starts_on, a.terminated_on ?? a.ends_on);
  const common = { ocid, initiationType: 'tender' as const, language: languageOf(a.country) };
  const lots = a.lots.map((lot) => ({
    id: lot.id,
    title: lot.name,
    status: 'complete',
    contractPeriod: period,
    techniques: {
      hasFrameworkAgreement: true,
      frameworkAgreement: { method: FRAMEWORK_METHOD[lot.calloff_method] },
    },
  }));
  const tender: Release = {
    ...common,
    id: `${ocid}-tender`,
    date: instant(a.created_at),
    tag: ['tender'],
    parties: partiesOf([
      owner,
      // The participating municipalities call off under it: buyers too.
      ...a.municipalities.map((m) => partyOf(m, ['buyer'])),
    ]),
    buyer: referenceTo(owner),
    tender: {
      id: a.reference,
      title: a.title,
      status: 'complete',
      mainProcurementCategory: 'services',
      contractPeriod: period,
      techniques: {
        hasFrameworkAgreement: true,
        frameworkAgreement: { method: methodOf(a.lots.map((l) => l.calloff_method)) },
      },
      lots,
    },
  };
  const awardDate = period.startDate!;
  // By lot, each supplier's reference made once: a national agreement has thousands of lots and
  // tens of thousands of places, held by a few hundred suppliers.
  const references = new Map([...suppliers].map(([id, party]) => [id, referenceTo(party)]));
  const admitted = new Map<string, OrganizationReference[]>(
    a.lotSuppliers.map((lot) => [lot.lot_id, lot.supplier_ids.map((id) => references.get(id)!)]),
  );
  const awards = a.lots.map((lot) => ({
    id: lot.id,
    title: lot.name,
    status: 'active',
    date: awardDate,
    suppliers: admitted.get(lot.id) ?? [],
    contractPeriod: period,
    relatedLots: [lot.id],
  }));
  const contract = (status: 'active' | 'terminated') =>
    a.lots.map((lot) => ({ id: lot.id, awardID: lot.id, status, period }));
  const award: Release = {
    ...common,
    id: `${ocid}-award`,
    date: awardDate,
    tag: ['award', 'contract'],
    parties: [...suppliers.values()],
    awards,
    contracts: contract('active'),
  };
  if (a.status === 'active') return [tender, award];
  const ended: Release = {
    ...common,
    id: `${ocid}-end`,
    date: period.endDate!,
    tag: ['contractTermination'],
    contracts: contract('terminated'),
  };
  return [tender, award, ended];
}
