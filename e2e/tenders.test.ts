// Invitations to tender, in the browser: Kristianstad's buyer opens the demo draft call-off of a
// hired social worker under the DPS and sees who will be invited, who is left out, the minimum
// tender period and the publish form (without sending it: other browser tests share the demo);
// a demo supplier's user opens the inbox. Every page and dialog passes axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

const BUYER = 'bestallare@kristianstad.demo.tildel.se';
const SUPPLIER = 'leverantor@lindgarden.demo.tildel.se';
const STAFFING = 'Inhyrd socialsekreterare, barn och unga, 100 %';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function settle(p: Page) {
  await p.waitForLoadState('networkidle');
  await p.waitForTimeout(300);
}

async function newPage(email: string) {
  const page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await signIn(page, email);
  return page;
}

describe('invitations to tender', () => {
  test('the buyer sees who the DPS call-off will invite and the minimum tender period', async () => {
    const page = await newPage(BUYER);
    await page.getByRole('navigation').locator('a[href="/calloffs"]').click();
    await page.waitForURL((url) => url.pathname === '/calloffs');
    await page.locator('main tbody tr', { hasText: STAFFING }).getByRole('link').click();
    await page.waitForURL((url) => /^\/calloffs\/[0-9a-f-]+$/.test(url.pathname));
    const section = page.locator('main section', {
      has: page.getByRole('heading', { name: 'Inbjudan att lämna anbud' }),
    });
    await section.getByText(/leverantörer? bjuds in/).waitFor();
    // The demo DPS records a shorter period agreed with its suppliers.
    await expect.poll(() => section.textContent()).toMatch(/Anbudstiden ska vara minst \d+ dagar/);
    await expect.poll(() => section.textContent()).toContain('Om anbud är lika avgör');
    await settle(page);
    await expectNoAxeViolations(page);

    // When the draft is ready, the form and its confirmation dialog are checked too.
    const submit = section.getByRole('button', { name: 'Skicka inbjudan' });
    if ((await submit.count()) > 0) {
      await expect.poll(() => section.getByLabel('Sista dag för anbud').inputValue()).not.toBe('');
      await submit.click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await page.waitForTimeout(400);
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Avbryt' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
  });

  test("a supplier's inbox lists its invitations", async () => {
    const page = await newPage(SUPPLIER);
    await page.getByRole('navigation').locator('a[href="/tenders"]').click();
    await page.waitForURL((url) => url.pathname === '/tenders');
    await expect
      .poll(() => page.locator('main h1').textContent())
      .toBe('Inbjudningar att lämna anbud');
    await settle(page);
    await expectNoAxeViolations(page);
  });
});
