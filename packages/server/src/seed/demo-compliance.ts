// Demo data of the market: compliance. See demo-market.ts for the order and the context.
// Permits for every establishment (mostly valid, a few with open cases, one revoked, one
// changed), compliance documents for every supplier (three expiring within 30 days), and price
// lists with history and open proposals. The Danish open-care suppliers' hourly offers in DKK sit
// in the joint body's open_care_hour category: there is no Danish procurement body in the demo.
import type { ServiceKind } from '@tildel/domain/taxonomy';
import { addCalendarDays, localDate } from '@tildel/domain/calendar';
import { AUTHORITY_OF_COUNTRY } from '@tildel/domain/permit-csv';
import { storeFile } from '../platform/files.ts';
import { DEMO_SUPPLIERS, demoSupplierKeys } from './demo-data.ts';
import { demoId, type DemoContext } from './demo-context.ts';

const OFFICER = 'user:upphandlare@sydupphandling.demo.tildel.se';
const QUALITY = 'user:kvalitet@sydupphandling.demo.tildel.se';

/** A minimal, valid one-page PDF with a line of text. */
function demoPdf(text: string): Buffer {
  const safe = text.replace(/[()\\]/g, ' ').replace(/[^\x20-\x7e]/g, '?');
  const stream = `BT /F1 14 Tf 72 760 Td (${safe}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

async function seedPermits(ctx: DemoContext, today: string) {
  const establishments = await ctx.trx
    .selectFrom('establishments')
    .select(['id', 'supplier_id', 'country'])
    .orderBy('created_at')
    .orderBy('name')
    .execute();
  const checkers = [
    { id: demoId(ctx, OFFICER), name: 'Ulf Upphandlare' },
    { id: demoId(ctx, QUALITY), name: 'Karin Kvalitet' },
  ];
  for (const [i, e] of establishments.entries()) {
    const status = i === 4 ? 'revoked' : i === 9 ? 'changed' : 'valid';
    const openCases = i === 4 ? 2 : i % 7 === 3 ? 1 : 0;
    const checker = checkers[i % 2]!;
    const year = 2015 + (i % 9);
    await ctx.trx
      .insertInto('permits')
      .values({
        establishment_id: e.id,
        supplier_id: e.supplier_id,
        authority: AUTHORITY_OF_COUNTRY[e.country],
        reference:
          e.country === 'SE' ? `3.5.1-${10234 + i * 17}/${year}` : `ST-${year}-${4100 + i}`,
        scope:
          e.country === 'SE' ? 'HVB enligt 7 kap. 1 § SoL' : 'Godkendelse efter socialtilsynsloven',
        status,
        valid_from: `${year}-0${1 + (i % 9)}-01`,
        valid_to: null,
        open_cases: openCases,
        decisions:
          status === 'revoked'
            ? 'Tillståndet återkallat efter tillsyn; brister i bemanning och dokumentation.'
            : status === 'changed'
              ? 'Ändrat tillstånd: utökad målgrupp 16–20 år.'
              : openCases > 0
                ? 'Pågående tillsynsärende efter klagomål.'
                : '',
        last_checked_on: addCalendarDays(today, -((i * 23) % 240)),
        last_checked_by: checker.id,
        last_checked_by_name: checker.name,
        created_at: ctx.clock.now(),
        updated_at: ctx.clock.now(),
      })
      .execute();
  }
}

const DOCUMENT_KINDS = [
  { kind: 'insurance', title: 'Ansvarsförsäkring', titleDa: 'Ansvarsforsikring' },
  { kind: 'tax_certificate', title: 'Skatteintyg', titleDa: 'Skatteattest' },
] as const;

/** Suppliers whose insurance runs out within 30 days of the demo day. */
const EXPIRING_SOON: Record<string, number> = {
  'supplier:0': 12,
  'supplier:5': 21,
  'supplier:41': 27,
};

async function seedDocuments(ctx: DemoContext, today: string) {
  const lena = demoId(ctx, 'user:leverantor@lindgarden.demo.tildel.se');
  for (const [i, s] of DEMO_SUPPLIERS.entries()) {
    const key = `supplier:${i}`;
    const supplierId = demoId(ctx, key);
    for (const d of DOCUMENT_KINDS) {
      const title = `${s.country === 'DK' ? d.titleDa : d.title} ${today.slice(0, 4)}`;
      const bytes = demoPdf(`${s.name}: ${d.kind}`);
      const createdBy = key === 'supplier:0' ? lena : null;
      const file = await storeFile(
        ctx.trx,
        ctx.clock,
        {
          organisationId: supplierId,
          fileName: `${d.kind}.pdf`,
          contentType: 'application/pdf',
          uploadedBy: createdBy,
        },
        bytes,
      );
      const soon = d.kind === 'insurance' ? EXPIRING_SOON[key] : undefined;
      await ctx.trx
        .insertInto('compliance_documents')
        .values({
          supplier_id: supplierId,
          kind: d.kind,
          title,
          file_id: file.id,
          valid_until: addCalendarDays(today, soon ?? 120 + ((i * 37) % 300)),
          created_at: ctx.clock.now(),
          created_by: createdBy,
        })
        .execute();
    }
  }
}

/** The demo's price per service kind: category, unit, currency and a range in whole units. */
const PRICE_PLAN: Partial<
  Record<ServiceKind, { code: string; unit: 'hour' | 'day'; low: number; high: number }>
> = {
  hvb: { code: 'hvb_youth', unit: 'day', low: 3500, high: 5500 },
  staffing: { code: 'staffing_children_youth', unit: 'hour', low: 750, high: 950 },
  supported_housing: { code: 'supported_housing', unit: 'day', low: 1800, high: 2600 },
  family_home: { code: 'family_home', unit: 'day', low: 1400, high: 2200 },
  open_care: { code: 'open_care_hour', unit: 'hour', low: 850, high: 1150 },
  supervision: { code: 'supervision', unit: 'hour', low: 1200, high: 1600 },
};

async function seedPrices(ctx: DemoContext, today: string) {
  const bodyId = demoId(ctx, 'body');
  const officer = demoId(ctx, OFFICER);
  const categories = await ctx.trx
    .selectFrom('service_categories')
    .select(['id', 'code'])
    .where('organisation_id', '=', bodyId)
    .execute();
  const categoryOf = (code: string) => categories.find((c) => c.code === code)?.id;
  const danishOpenCare = new Set(demoSupplierKeys('open_care', 'DK'));
  const now = ctx.clock.now().getTime();
  for (const [i, s] of DEMO_SUPPLIERS.entries()) {
    const key = `supplier:${i}`;
    const danish = danishOpenCare.has(key);
    if (s.country === 'DK' && !danish) continue; // botilbud and staffing in Denmark: no body buys them here
    const plan = danish
      ? { code: 'open_care_hour', unit: 'hour' as const, low: 650, high: 850 }
      : PRICE_PLAN[s.service];
    const categoryId = plan && categoryOf(plan.code);
    if (!plan || !categoryId) continue;
    const whole =
      plan.low + Math.round(((((i * 7919) % 1000) / 1000) * (plan.high - plan.low)) / 50) * 50;
    const base = {
      supplier_id: demoId(ctx, key),
      category_id: categoryId,
      unit: plan.unit,
      currency: danish ? ('DKK' as const) : ('SEK' as const),
    };
    const agreed = (amount: number, validFrom: string, ageDays: number) => ({
      ...base,
      amount_minor: amount * 100,
      valid_from: validFrom,
      status: 'agreed' as const,
      negotiated_on: addCalendarDays(validFrom, -20),
      negotiated_by: officer,
      negotiated_by_name: 'Ulf Upphandlare',
      created_at: new Date(now - ageDays * 86_400_000),
      created_by: officer,
    });
    // Every third supplier has an older price the current one superseded.
    if (i % 3 === 0)
      await ctx.trx
        .insertInto('prices')
        .values(agreed(Math.round(whole * 0.96), addCalendarDays(today, -420), 440))
        .execute();
    await ctx.trx
      .insertInto('prices')
      .values(agreed(whole, addCalendarDays(today, -60), 80))
      .execute();
    // Every fifth supplier, and every Danish offer, has a proposal under negotiation.
    if (i % 5 === 0 || danish) {
      await ctx.trx
        .insertInto('prices')
        .values({
          ...base,
          amount_minor: Math.round(whole * 1.04) * 100,
          valid_from: addCalendarDays(today, 45),
          status: 'proposed',
          note: danish
            ? 'Tilbud: timepris for ambulant indsats, inkl. kørsel'
            : 'Indexuppräkning enligt avtalet',
          created_at: new Date(now - 3 * 86_400_000),
        })
        .execute();
    }
  }
}

export async function seedDemoCompliance(ctx: DemoContext): Promise<void> {
  const today = localDate(ctx.clock.now(), 'SE');
  await seedPermits(ctx, today);
  await seedDocuments(ctx, today);
  await seedPrices(ctx, today);
}
