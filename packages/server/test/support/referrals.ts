// A Danish matching market for tests of the offer survey: Aarhus with a family-support agreement,
// suppliers on its lot with open-care teams (approved by Socialtilsyn unless told otherwise, with
// an hourly tariff), and referrals inserted directly.
import { findMunicipality } from '@tildel/domain/reference/municipalities';
import type { TestApp } from './app.ts';
import { createMember, createOrganisation } from './factories.ts';

export async function createMatchingMarket(t: TestApp) {
  const db = t.database.db;
  const now = t.clock.now();
  const aarhus = await createOrganisation(db, { kind: 'municipality', country: 'DK' });
  await db
    .updateTable('organisations')
    .set({ municipality_code: '751' })
    .where('id', '=', aarhus.id)
    .execute();
  const officer = await createMember(db, t.clock, aarhus.id, ['matching_officer']);
  const caseworker = await createMember(db, t.clock, aarhus.id, ['caseworker']);
  const category = await db
    .insertInto('service_categories')
    .values({
      organisation_id: aarhus.id,
      code: 'family_support',
      service_kind: 'open_care',
      name_sv: 'Familjestöd',
      name_da: 'Familiebehandling',
      name_en: 'Family support',
      default_unit: 'hour',
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const agreement = await db
    .insertInto('framework_agreements')
    .values({
      organisation_id: aarhus.id,
      reference: `AAR-FB-${aarhus.id.slice(0, 6)}`,
      title: 'Familiebehandling 2026',
      country: 'DK',
      status: 'active',
      starts_on: '2026-01-01',
      ends_on: '2028-12-31',
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const lot = await db
    .insertInto('agreement_lots')
    .values({
      agreement_id: agreement.id,
      organisation_id: aarhus.id,
      number: 1,
      name: 'Hele kommunen',
      category_id: category.id,
      calloff_method: 'ranking',
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  let rank = 0;
  /** A supplier on the lot, with one open-care team in Aarhus, and a member who answers. */
  async function supplier(
    name: string,
    options: { permit?: 'valid' | 'revoked'; hourTariff?: number } = {},
  ) {
    const org = await createOrganisation(db, { kind: 'supplier', country: 'DK', name });
    rank += 1;
    await db
      .insertInto('lot_suppliers')
      .values({
        lot_id: lot.id,
        supplier_id: org.id,
        agreement_id: agreement.id,
        organisation_id: aarhus.id,
        rank,
        status: 'active',
      })
      .execute();
    const m = findMunicipality('DK', '751')!;
    const offer = await db
      .insertInto('establishments')
      .values({
        supplier_id: org.id,
        name: `${name} team`,
        service_kind: 'open_care',
        country: 'DK',
        municipality_code: m.code,
        lat: m.lat,
        lon: m.lon,
        places_total: 0,
        places_free: 0,
        target_groups: ['children_0_12'],
        age_min: 0,
        age_max: 12,
        gender: 'any',
        languages: ['da'],
        legal_bases: ['dk_bl_32'],
        offer_form: 'team',
        confirmed_at: now,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('permits')
      .values({
        establishment_id: offer.id,
        supplier_id: org.id,
        authority: 'Socialtilsyn',
        reference: `ST-${offer.id.slice(0, 8)}`,
        status: options.permit ?? 'valid',
        valid_from: '2022-01-01',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto('offer_tariffs')
      .values({
        establishment_id: offer.id,
        supplier_id: org.id,
        unit: 'hour',
        amount_minor: options.hourTariff ?? 60_000,
        currency: 'DKK',
        valid_from: '2026-01-01',
        created_at: now,
      })
      .execute();
    const member = await createMember(db, t.clock, org.id, ['supplier_user']);
    return { ...org, offerId: offer.id, member };
  }

  /** A referral for a 10-year-old's family support, 4 hours a week for 13 weeks from 1 December. */
  async function referral(
    values: {
      urgency?: 'today' | 'within_5_working_days' | 'later';
      kind?: 'new' | 'extension' | 'adjustment';
      orderId?: string | null;
      caseReference?: string;
      startOn?: string;
    } = {},
  ) {
    const row = await db
      .insertInto('referrals')
      .values({
        organisation_id: aarhus.id,
        case_reference: values.caseReference ?? 'AAR-2026-0042',
        kind: values.kind ?? 'new',
        order_id: values.orderId ?? null,
        service_kind: 'open_care',
        legal_basis: 'dk_bl_32',
        purpose: 'Familiebehandling i hjemmet',
        start_on: values.startOn ?? '2026-12-01',
        expected_duration_days: 91,
        intensity_kind: 'hours_per_week',
        hours_per_week: '4',
        urgency: values.urgency ?? 'later',
        person: JSON.stringify({
          age: 10,
          gender: 'female',
          targetGroups: ['children_0_12'],
          needs: 'Støtte til forældrene',
          languages: ['da'],
          siblingCaseReferences: ['AAR-2026-0043'],
          homeMunicipalityCode: '751',
          preferredArea: null,
        }),
        cannot_live_with: 'Morbror (voldsom)',
        due_at: now,
        created_by: caseworker.user.id,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  return { aarhus, officer, caseworker, agreement, supplier, referral };
}
