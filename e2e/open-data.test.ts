// Open data: Kristianstad's controller downloads the OCDS record of its DPS from the DPS page; its
// admin turns publishing on, after which anyone reads the record without signing in, and off
// again. The open-data page passes axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

let browser: Browser;
let baseUrl: string;
let controller: Page;
let admin: Page;

beforeAll(async () => {
  baseUrl = inject('baseUrl');
  browser = await launchBrowser();
  controller = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  admin = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await signIn(controller, 'controller@kristianstad.demo.tildel.se');
  await signIn(admin, 'admin@kristianstad.demo.tildel.se');
});
afterAll(() => browser?.close());

const RECORD = /^\/api\/organisations\/([0-9a-f-]{36})\/ocds\/dps\/([0-9a-f-]{36})\/record$/;
let recordPath = '';

describe('open data', () => {
  test('the DPS page links its OCDS record, which the controller downloads', async () => {
    await controller.goto(`${baseUrl}/dps`);
    await controller
      .getByRole('link', { name: 'Dynamiskt inköpssystem för hyrsocionomer' })
      .first()
      .click();
    await controller.waitForURL((url) => /^\/dps\/[0-9a-f-]{36}$/.test(url.pathname));
    const link = controller.getByRole('link', { name: 'Öppna data (OCDS, JSON)' });
    recordPath = (await link.getAttribute('href'))!;
    expect(recordPath).toMatch(RECORD);
    const answer = await controller.request.get(`${baseUrl}${recordPath}`);
    expect(answer.status()).toBe(200);
    const record = (await answer.json()) as { records: { compiledRelease: { tender: unknown } }[] };
    expect(record.records[0]!.compiledRelease.tender).toMatchObject({
      techniques: { hasDynamicPurchasingSystem: true },
    });
  });

  test('the admin publishes; anyone reads the record; then the admin stops', async () => {
    const [, orgId, dpsId] = RECORD.exec(recordPath)!;
    const publicUrl = `${baseUrl}/api/public/ocds/${orgId}/dps/${dpsId}`;
    expect((await fetch(publicUrl)).status).toBe(404);

    await admin.getByRole('navigation').locator('a[href="/admin/open-data"]').click();
    await expect.poll(() => admin.locator('main h1').textContent()).toBe('Öppna data (OCDS)');
    await admin.waitForLoadState('networkidle');
    await expectNoAxeViolations(admin);
    const toggle = admin.getByRole('switch', {
      name: 'Publicera tilldelade upphandlingar som öppna data',
    });
    // The switch shows the saved setting, so it turns once the server has answered.
    await toggle.click({ force: true });
    await admin.getByText(`/api/public/ocds/${orgId}/…`).waitFor();
    await expectNoAxeViolations(admin);
    const published = await fetch(publicUrl);
    expect(published.status).toBe(200);
    expect(((await published.json()) as { records: unknown[] }).records).toHaveLength(1);

    await toggle.click({ force: true });
    await admin.getByText(`/api/public/ocds/${orgId}/…`).waitFor({ state: 'detached' });
    expect((await fetch(publicUrl)).status).toBe(404);
  });
});
