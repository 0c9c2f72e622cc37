// The home page is a work list: what awaits each role in the demo market, with axe on each.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'sv-SE' });
  return context.newPage();
}

/** The rows of the work-list table with this caption. */
function tableRows(page: Page, caption: string) {
  return page
    .locator('main table', { has: page.locator('caption', { hasText: caption }) })
    .locator('tbody tr');
}

async function switchTo(page: Page, organisation: string) {
  const picker = page.locator('header select:visible', {
    hasNot: page.locator('option[value="da"]'),
  });
  await picker.waitFor();
  const current = await picker.locator('option:checked').textContent();
  if (current === organisation) return;
  await picker.selectOption({ label: organisation });
  await page.locator('main').getByText(organisation).first().waitFor();
}

test('the procurement officer of Kristianstad sees the DPS applications awaiting a decision, each linked to the application', async () => {
  const page = await newPage();
  try {
    await signIn(page, 'upphandlare@sydupphandling.demo.tildel.se');
    await switchTo(page, 'Kristianstads kommun');
    const rows = tableRows(page, 'Ansökningar till dynamiska inköpssystem som väntar på beslut');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    // Each row opens the application itself, not the DPS's queue.
    const link = rows.first().getByRole('link');
    expect(await link.getAttribute('href')).toMatch(
      /^\/dps\/[0-9a-f-]{36}\/applications\/[0-9a-f-]{36}$/,
    );
    await expectNoAxeViolations(page);
  } finally {
    await page.context().close();
  }
});

test('the quality officer sees the supplier hidden on the HVB agreement', async () => {
  const page = await newPage();
  try {
    await signIn(page, 'kvalitet@sydupphandling.demo.tildel.se');
    const rows = tableRows(page, 'Dolda leverantörer');
    await rows.first().waitFor();
    expect(await rows.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Havsbrisens Ungdomshem AB')]),
    );
    await expectNoAxeViolations(page);
  } finally {
    await page.context().close();
  }
});

test('a supplier sees its documents about to expire under its work list', async () => {
  const page = await newPage();
  try {
    await signIn(page, 'leverantor@lindgarden.demo.tildel.se');
    const documents = tableRows(page, 'Dokument som går ut inom 30 dagar');
    await documents.first().waitFor();
    expect(await documents.count()).toBeGreaterThanOrEqual(1);
    await page.getByRole('heading', { level: 2, name: 'Inbjudningar och förfrågningar' }).waitFor();
    await expectNoAxeViolations(page);
  } finally {
    await page.context().close();
  }
});

test('a buyer sees the call-offs still to finish, each linked to its page', async () => {
  const page = await newPage();
  try {
    await signIn(page, 'bestallare@kristianstad.demo.tildel.se');
    const rows = tableRows(page, 'Avrop att göra klara');
    await rows.first().waitFor();
    const link = rows.first().getByRole('link');
    expect(await link.getAttribute('href')).toMatch(/^\/calloffs\/[0-9a-f-]{36}$/);
    // First on the list: submitted needs, each opening the call-off start with the need chosen
    // (other browser tests may already have called off the demo's submitted need).
    const main = page.locator('main');
    await main.getByText('Behov som väntar på avrop', { exact: true }).first().waitFor();
    const needs = tableRows(page, 'Behov som väntar på avrop');
    const none = main.getByText('Inga behov väntar på avrop.');
    await expect.poll(async () => (await needs.count()) + (await none.count())).toBeGreaterThan(0);
    if ((await needs.count()) > 0)
      expect(await needs.first().getByRole('link').getAttribute('href')).toMatch(
        /^\/calloffs\/new\?need=[0-9a-f-]{36}$/,
      );
    await expectNoAxeViolations(page);
  } finally {
    await page.context().close();
  }
});

test("the quality officer's home opens on this year's plan progress, then the corrections and staff lists, each row opening the item", async () => {
  const page = await newPage();
  try {
    await signIn(page, 'kvalitet@sydupphandling.demo.tildel.se');
    const main = page.locator('main');
    await main.getByText(/^\d+ av \d+ besök gjorda$/).waitFor();
    expect(await main.getByRole('link', { name: 'Öppna besöksplanen' }).getAttribute('href')).toBe(
      '/followup',
    );
    // The demo's request for correction and open staff list may have been answered by other
    // browser tests; each list is there, with its rows or in words.
    for (const [caption, none, path] of [
      ['Rättelser som inte är klara', 'Inga rättelser väntar.', '/followup/corrections/'],
      ['Personallistor som väntas', 'Inga personallistor väntas.', '/followup/staff-lists/'],
    ] as const) {
      await main.getByText(caption, { exact: true }).first().waitFor();
      const rows = tableRows(page, caption);
      if ((await rows.count()) > 0)
        expect(await rows.first().getByRole('link').getAttribute('href')).toContain(path);
      else await main.getByText(none).waitFor();
    }
    await expectNoAxeViolations(page);
  } finally {
    await page.context().close();
  }
});

test('a supplier sees the staff lists and corrections it has to answer before its applications', async () => {
  const page = await newPage();
  try {
    await signIn(page, 'leverantor@lindgarden.demo.tildel.se');
    const main = page.locator('main');
    const staffLists = main.getByText(
      /^(Personallistor att lämna|Inga personallistor är begärda\.)$/,
    );
    await staffLists.first().waitFor();
    const rows = tableRows(page, 'Personallistor att lämna');
    if ((await rows.count()) > 0)
      expect(await rows.first().getByRole('link').getAttribute('href')).toMatch(
        /^\/company\/staff-lists\/[0-9a-f-]{36}$/,
      );
    // Requests come before the supplier's own applications.
    const texts = await main.locator('caption, p').allTextContents();
    const requestsAt = texts.findIndex((x) =>
      /Personallistor att lämna|Inga personallistor/.test(x),
    );
    const applicationsAt = texts.findIndex((x) => /Våra ansökningar|Ni har inte ansökt/.test(x));
    expect(requestsAt).toBeGreaterThanOrEqual(0);
    expect(applicationsAt).toBeGreaterThan(requestsAt);
    await expectNoAxeViolations(page);
  } finally {
    await page.context().close();
  }
});

test('the controller sees this year against last and is led to the orders', async () => {
  const page = await newPage();
  try {
    await signIn(page, 'controller@kristianstad.demo.tildel.se');
    await tableRows(page, 'Kostnader per tjänst i år och i fjol').first().waitFor();
    const link = page.locator('main').getByRole('link', { name: 'Se beställningarna' });
    await link.click();
    await page.waitForURL('**/orders');
    await expectNoAxeViolations(page);
  } finally {
    await page.context().close();
  }
});
