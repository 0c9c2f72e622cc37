// Who a call-off invites today and who is left out, with the reason: the lot's suppliers and
// their standing (agreements area) or the DPS's applications (dps area), read through those areas'
// repositories and decided by the domain's invitation rules.
import { localDate } from '@tildel/domain/calendar';
import type { Country } from '@tildel/domain/country';
import type { IneligibilityReason, SupplierStanding } from '@tildel/domain/eligibility';
import {
  dpsContractInvitations,
  renewedCompetitionInvitations,
} from '@tildel/domain/procedures/invitations';
import * as agreementsService from '../../agreements/agreements/service.ts';
import * as dpsService from '../../agreements/dps/service.ts';
import { withEstablishmentHidings } from '../../followup/hiding/lot-standing.ts';
import type { CalloffTerms } from './repo.ts';
import type { Db } from '../../../db/db.ts';

/** What this uses of the agreements area. */
const agreements: Pick<typeof agreementsService, 'suppliersOfAgreement'> = agreementsService;
/** What this uses of the agreements area. */
const dps: Pick<typeof dpsService, 'listApplications' | 'applicationCategories'> = dpsService;

export interface Invitees {
  invited: { supplierId: string; name: string }[];
  leftOut: { supplierId: string; name: string; reason: IneligibilityReason }[];
}

/** The country whose calendar and time zone the tender period is counted in. */
export function countryOf(terms: CalloffTerms): Country {
  return (terms.dpsCountry ?? terms.agreementCountry ?? terms.buyerCountry) as Country;
}

async function lotList(db: Db, terms: CalloffTerms, today: string) {
  const suppliers = (await agreements.suppliersOfAgreement(db, terms.agreementId!)).filter(
    (s) => s.lot_id === terms.lotId,
  );
  // A supplier whose establishments on the lot are all hidden stands as hidden (hiding/lot-standing.ts).
  const standings = await withEstablishmentHidings(
    db,
    terms.lotId!,
    suppliers.map((s) => ({
      supplierId: s.supplier_id,
      rank: s.rank,
      standing: {
        status: s.status,
        hiddenFrom: s.hidden_from,
        hiddenTo: s.hidden_to,
        terminatedOn: s.terminated_on,
      },
    })),
    today,
  );
  const list = renewedCompetitionInvitations(standings, today);
  return { list, names: new Map(suppliers.map((s) => [s.supplier_id, s.supplier_name])) };
}

type Application = SupplierStanding['applications'][number];

async function dpsList(db: Db, terms: CalloffTerms, today: string) {
  const applications = await dps.listApplications(db, { dpsId: terms.dpsId! });
  const categories = await dps.applicationCategories(
    db,
    applications.map((a) => a.id),
  );
  const standings = new Map<string, SupplierStanding & { applications: Application[] }>();
  for (const a of applications) {
    const standing = standings.get(a.supplier_id) ?? {
      supplierId: a.supplier_id,
      applications: [],
      // A DPS keeps no hiding or termination of its own: exclusion is its way to leave one out.
      hidden: null,
      terminatedOn: null,
    };
    standing.applications.push({
      status: a.status,
      categoryIds: categories.filter((c) => c.application_id === a.id).map((c) => c.id),
    });
    standings.set(a.supplier_id, standing);
  }
  const list = dpsContractInvitations([...standings.values()], terms.categoryId!, today);
  return { list, names: new Map(applications.map((a) => [a.supplier_id, a.supplier_name])) };
}

/** The invitation list the procedure gives today, with each supplier's name. */
export async function inviteesOf(db: Db, terms: CalloffTerms, now: Date): Promise<Invitees> {
  const today = localDate(now, countryOf(terms));
  const { list, names } =
    terms.dpsId !== null ? await dpsList(db, terms, today) : await lotList(db, terms, today);
  const named = (id: string) => names.get(id) ?? '';
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'sv');
  return {
    invited: list.invited.map((id) => ({ supplierId: id, name: named(id) })).sort(byName),
    leftOut: list.leftOut
      .map((l) => ({ supplierId: l.supplierId, name: named(l.supplierId), reason: l.reason }))
      .sort(byName),
  };
}
