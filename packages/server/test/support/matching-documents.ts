// An offer survey that has happened, written straight to the tables (until the survey part
// creates orders from referrals through its routes): a Danish municipality with its matching
// team and caseworker, three suppliers and their offers, a referral considered against all three
// (two proposals, one exclusion), requests to all three (two answers), one negotiation round, the
// choice, the order, and the audit records of each step.
import type { Kysely } from 'kysely';
import { notApprovedUse } from '@tildel/domain/matching/not-approved';
import type { Role } from '@tildel/domain/permissions';
import type { DB } from '../../src/db/types.ts';
import { appendAudit } from '../../src/platform/audit.ts';
import type { Clock } from '../../src/platform/clock.ts';
import { createMember, createOrganisation } from './factories.ts';

/** The first three weeks of an acute Danish use with its reason recorded. */
function firstUse(start: string) {
  const use = notApprovedUse({
    start,
    acute: true,
    reasonGiven: true,
    consent: false,
    country: 'DK',
  });
  if (!use.allowed) throw new Error(use.refusal);
  return use;
}

/** A note a test checks never reaches a document. */
export const CANNOT_LIVE_WITH = 'Må ikke bo sammen med Kasper Mortensen (tidligere kæreste)';
/** A CPR-shaped number a supplier wrote in its questions, which documents must leave out. */
export const PLANTED_CPR = '010203-1234';

export interface SurveyWorldOptions {
  /**
   * The chosen offer is not approved: the order starts on `start` and carries the reason and the
   * last day of use by the 3+3-week rule (notApprovedUse, without consent yet).
   */
  notApproved?: { reason: string; start: string };
}

export async function createSurveyWorld(
  db: Kysely<DB>,
  clock: Clock,
  options: SurveyWorldOptions = {},
) {
  const now = clock.now();
  const municipality = await createOrganisation(db, {
    kind: 'municipality',
    country: 'DK',
    name: `Aarhus Kommune ${now.getTime().toString(36)}${Math.floor(Math.random() * 1e6)}`,
  });
  const member = (organisationId: string, roles: Role[], name: string, locale: 'da' | 'en') =>
    createMember(db, clock, organisationId, roles, { name, locale });
  const officer = await member(municipality.id, ['matching_officer'], 'Mads Matchteam', 'da');
  const caseworker = await member(municipality.id, ['caseworker'], 'Sofie Sagsbehandler', 'da');

  const names = ['Bøgely Familieteam ApS', 'Engblommen Kontaktpersoner ApS', 'Fjordlys Bosted ApS'];
  const suppliers: {
    organisation: Awaited<ReturnType<typeof createOrganisation>>;
    establishmentId: string;
    user: Awaited<ReturnType<typeof createMember>>;
  }[] = [];
  for (const [i, name] of names.entries()) {
    const organisation = await createOrganisation(db, { kind: 'supplier', country: 'DK', name });
    await db
      .insertInto('supplier_profiles')
      .values({
        supplier_id: organisation.id,
        street: `Søndergade ${i + 1}`,
        postal_code: '8000',
        city: 'Aarhus',
        municipality_code: '751',
        // The first supplier has its EAN/GLN in its profile; the others have none.
        ean_gln: i === 0 ? '5798000416604' : null,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto('supplier_contacts')
      .values({
        supplier_id: organisation.id,
        kind: 'function_mailbox',
        name: 'Visitation',
        email: `visitation-${i}@${organisation.id.slice(0, 8)}.example.test`,
        created_at: now,
      })
      .execute();
    const offer = await db
      .insertInto('establishments')
      .values({
        supplier_id: organisation.id,
        name: `${name.split(' ')[0]} – familieteam`,
        service_kind: 'open_care',
        country: 'DK',
        municipality_code: '751',
        city: 'Aarhus',
        lat: 56.15,
        lon: 10.2,
        offer_form: 'team',
        legal_bases: ['dk_bl_32'],
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const user = await member(organisation.id, ['supplier_admin'], `Leverandør ${i}`, 'da');
    suppliers.push({ organisation, establishmentId: offer.id, user });
  }
  const [chosen, second, third] = suppliers as [
    (typeof suppliers)[number],
    (typeof suppliers)[number],
    (typeof suppliers)[number],
  ];

  const referral = await db
    .insertInto('referrals')
    .values({
      organisation_id: municipality.id,
      case_reference: 'AAR-2026-7001',
      kind: 'new',
      service_kind: 'open_care',
      legal_basis: 'dk_bl_32',
      purpose: 'Familiebehandling, så barnet kan blive boende hjemme.',
      start_on: '2026-12-01',
      expected_duration_days: 365,
      intensity_kind: 'hours_per_week',
      hours_per_week: 6,
      urgency: 'within_5_working_days',
      person: JSON.stringify({
        age: 9,
        gender: 'female',
        targetGroups: ['children_0_12'],
        needs: 'Forældrene har brug for støtte til struktur og samspil.',
        languages: ['da', 'ar'],
        siblingCaseReferences: [],
        homeMunicipalityCode: '751',
        preferredArea: null,
      }),
      cannot_live_with: CANNOT_LIVE_WITH,
      state: 'ordered',
      assignee_id: officer.user.id,
      due_at: new Date(now.getTime() + 5 * 86_400_000),
      created_by: caseworker.user.id,
      created_at: new Date(now.getTime() - 4 * 86_400_000),
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const startedAt = new Date(now.getTime() - 3 * 86_400_000);
  const proposal = (rank: number, establishmentId: string, supplierId: string, amount: number) =>
    JSON.stringify({
      establishmentId,
      supplierId,
      rank,
      total: 90 - rank * 5,
      passed: ['service_kind', 'legal_basis', 'target_group', 'age', 'approval'],
      parts: [],
      expectedCost: { amount, currency: 'DKK' },
      distanceKm: 4 + rank,
      stale: rank === 2,
      outsideAgreements: false,
      notApproved: false,
    });
  await db
    .insertInto('referral_considered_offers')
    .values([
      {
        referral_id: referral.id,
        establishment_id: chosen.establishmentId,
        explanation: proposal(1, chosen.establishmentId, chosen.organisation.id, 18_252_000),
        considered_at: startedAt,
      },
      {
        referral_id: referral.id,
        establishment_id: second.establishmentId,
        explanation: proposal(2, second.establishmentId, second.organisation.id, 19_500_000),
        considered_at: startedAt,
      },
      {
        referral_id: referral.id,
        establishment_id: third.establishmentId,
        explanation: JSON.stringify({
          establishmentId: third.establishmentId,
          supplierId: third.organisation.id,
          failures: [{ code: 'capacity', params: { nextFreeOn: '2027-01-15' } }],
        }),
        considered_at: startedAt,
      },
    ])
    .execute();

  const sent = (
    supplier: (typeof suppliers)[number],
    answer: Partial<{
      available: boolean;
      price_minor: number;
      questions: string;
      answered_at: Date;
    }> | null,
  ) => ({
    referral_id: referral.id,
    organisation_id: municipality.id,
    establishment_id: supplier.establishmentId,
    supplier_id: supplier.organisation.id,
    sent_at: startedAt,
    sent_by: officer.user.id,
    reply_by: new Date(startedAt.getTime() + 2 * 86_400_000),
    state: answer ? ('answered' as const) : ('sent' as const),
    ...(answer
      ? {
          available: answer.available ?? true,
          earliest_start: '2026-12-01',
          price_minor: answer.price_minor ?? null,
          price_unit: answer.price_minor ? ('hour' as const) : null,
          currency: answer.price_minor ? ('DKK' as const) : null,
          questions: answer.questions ?? '',
          answered_at: answer.answered_at ?? new Date(startedAt.getTime() + 3_600_000),
          answered_by: supplier.user.user.id,
        }
      : {}),
  });
  const requests = await db
    .insertInto('survey_requests')
    .values([
      sent(chosen, { price_minor: 60_000 }),
      sent(second, {
        price_minor: 62_500,
        questions: `Kan vi få barnets CPR ${PLANTED_CPR} før opstart?`,
        answered_at: new Date(startedAt.getTime() + 7_200_000),
      }),
      sent(third, null),
    ])
    .returning(['id', 'supplier_id'])
    .execute();
  const requestOf = (supplierId: string) => requests.find((r) => r.supplier_id === supplierId)!.id;
  const chosenRequest = requestOf(chosen.organisation.id);
  await db
    .insertInto('negotiation_rounds')
    .values({
      request_id: chosenRequest,
      round: 1,
      price_asked_minor: 60_000,
      price_agreed_minor: 58_500,
      currency: 'DKK',
      unit: 'hour',
      note: 'Enige om takst uden kørselstillæg.',
      recorded_by: officer.user.id,
      recorded_by_name: 'Mads Matchteam',
      recorded_at: new Date(startedAt.getTime() + 86_400_000),
    })
    .execute();
  const decidedAt = new Date(startedAt.getTime() + 2 * 86_400_000);
  await db
    .updateTable('referrals')
    .set({
      chosen_request_id: chosenRequest,
      choice_reason: 'Ledig fra startdatoen, arabisktalende konsulent og laveste forhandlede pris.',
      decided_at: decidedAt,
      decided_by: officer.user.id,
    })
    .where('id', '=', referral.id)
    .execute();
  const order = await db
    .insertInto('orders')
    .values({
      organisation_id: municipality.id,
      referral_id: referral.id,
      supplier_id: chosen.organisation.id,
      establishment_id: chosen.establishmentId,
      reference: `AAR-K-${referral.id.slice(0, 6)}`,
      unit_price_minor: 58_500,
      currency: 'DKK',
      unit: 'hour',
      start_date: options.notApproved?.start ?? '2026-12-01',
      end_date: '2027-11-30',
      expected_volume: 312,
      not_approved_reason: options.notApproved?.reason ?? null,
      not_approved_until: options.notApproved ? firstUse(options.notApproved.start).lastDay : null,
      created_by: officer.user.id,
      created_at: decidedAt,
      updated_at: decidedAt,
    })
    .returning(['id', 'reference', 'version'])
    .executeTakeFirstOrThrow();

  await db.transaction().execute(async (trx) => {
    const audit = (action: string, objectType: string, objectId: string) =>
      appendAudit(trx, clock, {
        organisationId: municipality.id,
        actorUserId: officer.user.id,
        action,
        objectType,
        objectId,
      });
    await audit('referral.sent', 'referral', referral.id);
    for (const r of requests) await audit('survey.request_sent', 'survey_request', r.id);
    await audit('survey.negotiation_recorded', 'survey_request', chosenRequest);
    await audit('referral.chosen', 'referral', referral.id);
    await audit('order.created', 'order', order.id);
  });

  return {
    municipality,
    officer,
    caseworker,
    suppliers: { chosen, second, third },
    referralId: referral.id,
    order,
  };
}
