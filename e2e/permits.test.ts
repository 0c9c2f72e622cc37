// A procurement officer imports permits from a CSV file: the preview shows a rejected row and why,
// the fixed file imports whole, and the permit is in the list. A supplier uploads a document, and
// the documents and prices pages and their dialogs pass axe too.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { organisationsnummerWithCheckDigit } from '@tildel/domain/identifiers';
import { DEMO_SUPPLIERS } from '../packages/server/src/seed/demo-data.ts';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn, signOut } from './support/session.ts';

const OFFICER = 'upphandlare@sydupphandling.demo.tildel.se';
const SUPPLIER = 'leverantor@lindgarden.demo.tildel.se';
const stamp = Date.now();
const lindgarden = DEMO_SUPPLIERS[0]!;
const identifier = organisationsnummerWithCheckDigit(lindgarden.stem);
const HEADER =
  'supplier_identifier;establishment_name;authority;reference;scope;status;valid_from;valid_to;open_cases;last_checked_on';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
});
afterAll(() => browser?.close());

async function openDialog(p: Page) {
  const dialog = p.getByRole('dialog');
  await dialog.waitFor();
  await p.waitForTimeout(400);
  return dialog;
}

/** The name of one of Lindgården's establishments, as the officer's API shows it. */
async function lindgardenEstablishment(p: Page): Promise<string> {
  const base = inject('baseUrl');
  const me = await (await p.request.get(`${base}/api/me`)).json();
  const orgId: string = me.activeOrganisationId;
  const list = await (
    await p.request.get(
      `${base}/api/organisations/${orgId}/permits?q=${encodeURIComponent(lindgarden.name)}`,
    )
  ).json();
  expect(list.items.length).toBeGreaterThan(0);
  return list.items[0].establishmentName;
}

describe('a procurement officer imports permits', () => {
  test('previews a file with a bad row, fixes it, imports, and finds the permit', async () => {
    await signIn(page, OFFICER);
    await page.goto(`${inject('baseUrl')}/permits`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Tillstånd och tillsyn');
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);

    const establishment = await lindgardenEstablishment(page);
    const good = `${identifier};${establishment};IVO;E2E-${stamp}-A;HVB 13-17;valid;2025-01-01;;0;`;
    const bad = `${identifier};${establishment};IVO;E2E-${stamp}-B;HVB 13-17;giltig;2025-01-01;;0;`;
    const content = page.getByLabel('Filens innehåll');
    await content.fill(`${HEADER}\n${good}\n${bad}\n`);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByText('Okänd status: giltig').waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: 'Importera' }).isDisabled())
      .toBe(true);
    await expectNoAxeViolations(page);

    await content.fill(`${HEADER}\n${good}\n${bad.replace(';giltig;', ';valid;')}\n`);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByText('Alla 2 rader kan importeras.').waitFor();
    await page.getByRole('button', { name: 'Importera' }).click();
    await page
      .locator('main [role="status"]', { hasText: '2 tillstånd har importerats.' })
      .waitFor();

    await page.getByLabel('Sök leverantör, verksamhet eller diarienummer').fill(`E2E-${stamp}`);
    const rows = page.locator('main table tbody tr', { hasText: `E2E-${stamp}` });
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => rows.first().textContent()).toContain('Ulf Upphandlare');
    await expectNoAxeViolations(page);
    await signOut(page);
  });
});

describe("a supplier's documents and prices", () => {
  test('pages and dialogs pass axe', async () => {
    await signIn(page, SUPPLIER);
    await page.goto(`${inject('baseUrl')}/company/documents`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Dokument');
    await page.locator('main table').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ladda upp dokument' }).click();
    const upload = await openDialog(page);
    await expectNoAxeViolations(page);
    // The file is read in the browser before it is sent; the new document is then listed.
    const title = `Ansvarsförsäkring e2e ${Date.now()}`;
    await upload.getByLabel('Rubrik').fill(title);
    await upload.locator('input[type="file"]').setInputFiles({
      name: 'forsakring.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await upload.getByRole('button', { name: 'Ladda upp', exact: true }).click();
    await upload.waitFor({ state: 'detached' });
    await page.locator('main table tbody tr', { hasText: title }).waitFor();

    await page.goto(`${inject('baseUrl')}/company/prices`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Priser');
    await page.locator('main table').first().waitFor();
    await expect.poll(() => page.getByText('Gäller', { exact: true }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Föreslå pris' }).click();
    await openDialog(page);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await signOut(page);
  });
});
