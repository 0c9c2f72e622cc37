// Demo data of the market: agreements. The joint body's framework agreement for HVB for children
// and young people (four lots by area, three ranked suppliers each, agreed day prices, contract
// requirements, one supplier hidden on one lot with its timeline), a draft, and a six-year
// agreement whose long period has a recorded reason. See demo-market.ts for the order.
import { addMonths } from '@tildel/domain/agreement-period';
import { addCalendarDays, localDate, type PlainDate } from '@tildel/domain/calendar';
import type { CallOffMethod } from '@tildel/domain/calloff-method';
import {
  requirementParameters,
  type ContractRequirement,
} from '@tildel/domain/contract-requirements';
import * as repo from '../modules/agreements/agreements/repo.ts';
import { DEMO_MEMBER_MUNICIPALITIES, demoSupplierKeys } from './demo-data.ts';
import { demoId, type DemoContext } from './demo-context.ts';

const OFFICER = 'user:upphandlare@sydupphandling.demo.tildel.se';

interface DemoLot {
  name: string;
  codes: string[];
  method: CallOffMethod;
  /** Indices into demoSupplierKeys('hvb'), first rank first. */
  suppliers: [number, number, number];
}

const HVB_LOTS: DemoLot[] = [
  {
    name: 'Skåne nordost',
    codes: ['1290', '1293', '1267', '1273'],
    method: { kind: 'ranking' },
    suppliers: [0, 1, 5],
  },
  {
    name: 'Skåne syd och väst',
    codes: ['1286', '1287', '1282', '1292'],
    // Ranking for placements up to 90 days, renewed competition for longer ones.
    method: { kind: 'volume_rule', threshold: 90, unit: 'day' },
    suppliers: [2, 3, 4],
  },
  { name: 'Halland', codes: ['1380', '1381'], method: { kind: 'ranking' }, suppliers: [6, 7, 1] },
  {
    name: 'Kronoberg',
    codes: ['0780', '0781', '0765'],
    method: { kind: 'ranking' },
    suppliers: [8, 9, 10],
  },
];

const HVB_REQUIREMENTS: ContractRequirement[] = [
  { kind: 'staffing_density', minStaffPerResident: '1.2' },
  { kind: 'awake_night_staff', required: true, minAwake: 1 },
  {
    kind: 'competence_share',
    minSharePercent: 60,
    educationCodes: ['socionom', 'behandlingspedagog'],
  },
  {
    kind: 'manager_qualification',
    minYears: 3,
    educationCodes: ['socionom', 'behandlingspedagog'],
  },
  { kind: 'permit_required', authority: 'IVO' },
];

function memberIds(ctx: DemoContext): string[] {
  return DEMO_MEMBER_MUNICIPALITIES.map(([, code]) =>
    demoId(ctx, code === '1290' ? 'kristianstad' : `municipality:${code}`),
  );
}

/** A day price between 3 500 and 5 500 SEK, fixed per supplier and lot so the demo is stable. */
function dayPriceMinor(supplierIndex: number, lotIndex: number): number {
  return (3_500 + ((supplierIndex * 370 + lotIndex * 130) % 2_001)) * 100;
}

export async function seedDemoAgreements(ctx: DemoContext): Promise<void> {
  const { trx } = ctx;
  const bodyId = demoId(ctx, 'body');
  const officerId = demoId(ctx, OFFICER);
  const now = ctx.clock.now();
  const today = localDate(now, 'SE');
  const firstOfMonth = `${today.slice(0, 8)}01`;
  const hvbKeys = demoSupplierKeys('hvb');
  const members = memberIds(ctx);

  // The HVB agreement: started ten months ago, two years plus 12 + 12 months of options.
  const startsOn = addMonths(firstOfMonth, -10);
  const hvb = await repo.insertAgreement(trx, {
    organisationId: bodyId,
    reference: 'SYD-2025-014',
    title: 'HVB för barn och unga',
    description:
      'Placeringar av barn och unga på hem för vård eller boende (HVB) för Sydupphandlings medlemskommuner. Fyra delområden efter geografi.',
    country: 'SE',
    startsOn,
    endsOn: addCalendarDays(addMonths(startsOn, 24), -1),
    extensionOptions: [12, 12],
    longPeriodReason: null,
    createdAt: now,
    createdBy: officerId,
  });
  await repo.replaceMunicipalities(trx, hvb.id, members);
  const hvbCategory = await repo.findCategoryByCode(trx, bodyId, 'hvb_youth');
  const lotIds: string[] = [];
  for (const [lotIndex, lot] of HVB_LOTS.entries()) {
    const { id: lotId } = await repo.insertLot(trx, {
      agreementId: hvb.id,
      organisationId: bodyId,
      number: lotIndex + 1,
      name: lot.name,
      categoryId: hvbCategory.id,
      areaMunicipalityCodes: lot.codes,
      calloffMethod: lot.method.kind,
      volumeThreshold: lot.method.kind === 'volume_rule' ? lot.method.threshold : null,
      volumeUnit: lot.method.kind === 'volume_rule' ? lot.method.unit : null,
    });
    lotIds.push(lotId);
    for (const [rankIndex, supplierIndex] of lot.suppliers.entries()) {
      const supplierId = demoId(ctx, hvbKeys[supplierIndex]!);
      await repo.insertLotSupplier(trx, {
        lotId,
        supplierId,
        agreementId: hvb.id,
        organisationId: bodyId,
        rank: rankIndex + 1,
      });
      // A supplier on two lots has one agreed price for the category: the first lot's.
      if (HVB_LOTS.slice(0, lotIndex).some((l) => l.suppliers.includes(supplierIndex))) continue;
      await repo.insertAgreedPrice(trx, {
        supplierId,
        categoryId: hvbCategory.id,
        agreementId: hvb.id,
        unit: 'day',
        amountMinor: dayPriceMinor(supplierIndex, lotIndex),
        currency: 'SEK',
        validFrom: startsOn,
        negotiatedOn: addCalendarDays(startsOn, -30),
        actorUserId: officerId,
        actorName: 'Ulf Upphandlare',
        at: now,
      });
    }
  }
  // A millisecond apart, so they list in the order written.
  for (const [i, requirement] of HVB_REQUIREMENTS.entries()) {
    await repo.insertRequirement(trx, {
      agreementId: hvb.id,
      organisationId: bodyId,
      lotId: null,
      kind: requirement.kind,
      parameters: requirementParameters(requirement),
      description: '',
      at: new Date(now.getTime() + i),
    });
  }
  await repo.setAgreementStatus(trx, hvb.id, { status: 'active' });
  await hideWithHistory(ctx, hvb.id, lotIds[1]!, demoId(ctx, hvbKeys[3]!), today);

  await seedDraft(ctx, bodyId, members, today);
  await seedLongFamilyHomeAgreement(ctx, bodyId, members, today);
}

/** Havsbrisen on lot 2: hidden once before (lifted after correction), and hidden again now. */
async function hideWithHistory(
  ctx: DemoContext,
  agreementId: string,
  lotId: string,
  supplierId: string,
  today: PlainDate,
) {
  const bodyId = demoId(ctx, 'body');
  const actorUserId = demoId(ctx, 'user:kvalitet@sydupphandling.demo.tildel.se');
  const actorName = 'Karin Kvalitet';
  const at = (days: number) => new Date(ctx.clock.now().getTime() + days * 86_400_000);
  const history = [
    {
      status: 'hidden' as const,
      reason: 'Tillståndet från IVO omfattade inte flickor 13–17 år.',
      effectiveFrom: addCalendarDays(today, -120),
      effectiveTo: addCalendarDays(today, -90),
      at: at(-120),
    },
    {
      status: 'active' as const,
      reason: 'IVO:s ändrade tillstånd har kommit in.',
      effectiveFrom: addCalendarDays(today, -96),
      effectiveTo: null,
      at: at(-96),
    },
    {
      status: 'hidden' as const,
      reason:
        'Personallistan visar 0,9 anställda per placerad; avtalet kräver 1,2. Anmodan om rättelse skickad.',
      effectiveFrom: addCalendarDays(today, -10),
      effectiveTo: addCalendarDays(today, 20),
      at: at(-10),
    },
  ];
  for (const event of history) {
    await repo.insertStatusEvent(ctx.trx, {
      agreementId,
      lotId,
      supplierId,
      organisationId: bodyId,
      ...event,
      actorUserId,
      actorName,
    });
  }
  const current = history[history.length - 1]!;
  await repo.setStanding(ctx.trx, lotId, supplierId, {
    status: 'hidden',
    reason: current.reason,
    hiddenFrom: current.effectiveFrom,
    hiddenTo: current.effectiveTo,
    terminatedOn: null,
  });
}

/** A draft being prepared: supported housing for young adults, one lot so far, no suppliers. */
async function seedDraft(ctx: DemoContext, bodyId: string, members: string[], today: PlainDate) {
  const startsOn = addMonths(`${today.slice(0, 8)}01`, 4);
  const draft = await repo.insertAgreement(ctx.trx, {
    organisationId: bodyId,
    reference: 'SYD-2026-003',
    title: 'Stödboende för unga vuxna',
    description: 'Under upphandling. Ett delområde för hela regionen.',
    country: 'SE',
    startsOn,
    endsOn: addCalendarDays(addMonths(startsOn, 24), -1),
    extensionOptions: [12],
    longPeriodReason: null,
    createdAt: ctx.clock.now(),
    createdBy: demoId(ctx, OFFICER),
  });
  await repo.replaceMunicipalities(ctx.trx, draft.id, members.slice(0, 6));
  const category = await repo.findCategoryByCode(ctx.trx, bodyId, 'supported_housing');
  await repo.insertLot(ctx.trx, {
    agreementId: draft.id,
    organisationId: bodyId,
    number: 1,
    name: 'Hela regionen',
    categoryId: category.id,
    areaMunicipalityCodes: [],
    calloffMethod: 'renewed_competition',
    volumeThreshold: null,
    volumeUnit: null,
  });
}

/** Family homes for six years: the recorded reason is why it may exceed four. */
async function seedLongFamilyHomeAgreement(
  ctx: DemoContext,
  bodyId: string,
  members: string[],
  today: PlainDate,
) {
  const startsOn = addMonths(`${today.slice(0, 8)}01`, -14);
  const agreement = await repo.insertAgreement(ctx.trx, {
    organisationId: bodyId,
    reference: 'SYD-2024-007',
    title: 'Konsulentstödda familjehem',
    description: 'Familjehem med konsulentstöd för barn och unga.',
    country: 'SE',
    startsOn,
    endsOn: addCalendarDays(addMonths(startsOn, 48), -1),
    extensionOptions: [12, 12],
    longPeriodReason:
      'Familjehemsplaceringar pågår ofta i många år; ett byte av leverantör mitt i en placering skadar barnets kontinuitet (LOU 19 kap., sociala tjänster).',
    createdAt: ctx.clock.now(),
    createdBy: demoId(ctx, OFFICER),
  });
  await repo.replaceMunicipalities(ctx.trx, agreement.id, members);
  const category = await repo.findCategoryByCode(ctx.trx, bodyId, 'family_home');
  const { id: lotId } = await repo.insertLot(ctx.trx, {
    agreementId: agreement.id,
    organisationId: bodyId,
    number: 1,
    name: 'Hela regionen',
    categoryId: category.id,
    areaMunicipalityCodes: [],
    calloffMethod: 'ranking',
    volumeThreshold: null,
    volumeUnit: null,
  });
  for (const [i, key] of demoSupplierKeys('family_home').entries()) {
    await repo.insertLotSupplier(ctx.trx, {
      lotId,
      supplierId: demoId(ctx, key),
      agreementId: agreement.id,
      organisationId: bodyId,
      rank: i + 1,
    });
  }
  await repo.setAgreementStatus(ctx.trx, agreement.id, { status: 'active' });
}
