// Task economy: the steps four people take for their commonest task, counted by the browser
// (clicks, fields typed, selections; support/steps.ts) from the sign-in page to the task done:
// - the buyer calls off a hired social worker under the DPS, from a submitted need to invitations
//   sent (≤ 10);
// - a supplier goes from sign-in to a submitted bid on it (≤ 10);
// - the procurement officer decides a pending DPS application (≤ 5), on her own computer that
//   remembers her address (a first sign-in on a device takes one step more: the address);
// - the quality officer goes from the plan to a sent request for correction (≤ 10).
// The counts are printed for the record. This test changes demo data in ways other browser tests
// read, so it runs its own server on its own database.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { startTildelServer, type RunningServer } from './support/server.ts';
import { apiSession, DEMO_PASSWORD, signIn, signOut } from './support/session.ts';
import { countSteps, type StepCount, type StepCounter } from './support/steps.ts';

const BUYER = 'bestallare@kristianstad.demo.tildel.se';
const OFFICER = 'upphandlare@sydupphandling.demo.tildel.se';
const STAFFING = 'Inhyrd socialsekreterare, barn och unga, 100 %';
const SLOW = { timeout: 20_000 };

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTildelServer(inject('clusterUrl'), 'tildel_e2e_economy');
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Walk {
  page: Page;
  steps: StepCounter;
  /** The steps of signing in, counted apart so that the note can say what Tildel itself asks. */
  signingIn: StepCount;
}

/** A person at the sign-in page, counted from the first keystroke. */
async function fromSignIn(email: string): Promise<Walk> {
  const context = await browser.newContext({ locale: 'sv-SE' });
  const steps = await countSteps(context);
  const page = await context.newPage();
  await signIn(page, email, undefined, server.baseUrl);
  return { page, steps, signingIn: steps.count() };
}

/** Prints the count and checks it against the limit. */
function record(task: string, walk: Walk, limit: number): StepCount {
  const total = walk.steps.count();
  const inTildel = walk.steps.count(walk.signingIn);
  process.stdout.write(
    `task economy – ${task}: ${walk.steps.describe(total)} from the sign-in page ` +
      `(${walk.signingIn.total} signing in, ${inTildel.total} in Tildel); limit ${limit}\n`,
  );
  return total;
}

describe('task economy', () => {
  test('the buyer calls off a hired social worker under the DPS, from a submitted need to invitations sent', async () => {
    // The demo's staffing need is in a draft call-off; cancelling it gives the need back.
    const buyer = await apiSession(server.baseUrl, BUYER);
    const org = buyer.organisationId!;
    const drafts = await buyer.send<{ items: { id: string; needTitle: string }[] }>(
      'GET',
      `/api/organisations/${org}/calloffs?status=draft&limit=50`,
    );
    const draft = drafts.json.items.find((c) => c.needTitle === STAFFING)!;
    const detail = await buyer.send<{ version: number }>(
      'GET',
      `/api/organisations/${org}/calloffs/${draft.id}`,
    );
    const cancelled = await buyer.send(
      'POST',
      `/api/organisations/${org}/calloffs/${draft.id}/cancel`,
      {
        version: detail.json.version,
        reason: 'Görs om från behovet.',
      },
    );
    expect(cancelled.status).toBe(200);

    const walk = await fromSignIn(BUYER);
    const { page } = walk;
    const needs = page
      .locator('main table', {
        has: page.locator('caption', { hasText: 'Behov som väntar på avrop' }),
      })
      .locator('tbody tr', { hasText: STAFFING });
    await needs.getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname === '/calloffs/new');
    const create = page.getByRole('button', { name: 'Skapa avropsutkast' });
    await expect.poll(() => create.isEnabled(), SLOW).toBe(true);
    await create.click();
    await page.waitForURL((url) => /^\/calloffs\/[0-9a-f-]{36}$/.test(url.pathname), SLOW);
    await page
      .getByLabel('Förfrågan till leverantörerna')
      .fill('Utredande socialsekreterare till barn och unga, heltid, från januari.');
    await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await expect
      .poll(() => page.locator('main').textContent(), SLOW)
      .toContain('Anbud tas emot till');
    await expectNoAxeViolations(page);
    expect(record('buyer, need to invitations sent', walk, 10).total).toBeLessThanOrEqual(10);
    await page.context().close();
  });

  test('a staffing firm goes from sign-in to a submitted bid', async () => {
    const walk = await fromSignIn('anbud@vagenvidare.demo.tildel.se');
    const { page } = walk;
    await page.locator('main').getByRole('link', { name: STAFFING }).first().click();
    await page.waitForURL((url) => /^\/tenders\/[0-9a-f-]{36}$/.test(url.pathname));
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Lämna anbud' }) });
    await form.waitFor();
    await form.getByLabel(/^Pris/).fill('950');
    // The consultant's CV answers the requirements that came from the need; the firm checks them.
    await form.getByLabel('Konsult').click();
    await page.getByRole('listbox').getByRole('option').first().click();
    await expect
      .poll(() => form.getByText('Ifyllt från konsultens cv – kontrollera.').count())
      .toBeGreaterThan(0);
    const valid = form.getByLabel(/Anbudet gäller till/);
    if ((await valid.inputValue()) === '') await valid.fill('2027-06-30');
    await form.getByRole('button', { name: 'Lämna förseglat anbud' }).click();
    await expect.poll(() => page.locator('main').textContent(), SLOW).toContain('Kvitto');
    await expectNoAxeViolations(page);
    expect(record('supplier, sign-in to a submitted bid', walk, 10).total).toBeLessThanOrEqual(10);
    await page.context().close();
  });

  test('the procurement officer decides a pending DPS application', async () => {
    // She decides applications daily on her own computer and asked it to remember her address:
    // a first sign-in with the box ticked, then the counted day starts at the sign-in page.
    const context = await browser.newContext({ locale: 'sv-SE' });
    const first = await context.newPage();
    await first.goto(`${server.baseUrl}/login`);
    await first.locator('input[name="email"]').fill(OFFICER);
    await first.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await first.getByRole('checkbox', { name: /Kom ihåg min e-postadress/ }).check();
    await first.locator('main form button[type="submit"]').click();
    await first.waitForURL((url) => !url.pathname.startsWith('/login'));
    await signOut(first);
    await first.close();

    const steps = await countSteps(context);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/login`);
    expect(await page.locator('input[name="email"]').inputValue()).toBe(OFFICER);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.locator('main h1').waitFor();
    const walk: Walk = { page, steps, signingIn: steps.count() };
    const rows = page
      .locator('main table', {
        has: page.locator('caption', { hasText: 'Ansökningar till dynamiska inköpssystem' }),
      })
      .locator('tbody tr');
    await rows.first().getByRole('link').click();
    const application = page.getByRole('dialog');
    await application.getByRole('button', { name: 'Godkänn', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: /Godkänn/ }).last();
    await confirm.getByRole('button', { name: /Godkänn/ }).click();
    await expect.poll(() => page.locator('main').textContent(), SLOW).toMatch(/godkänd/i);
    expect(
      record('procurement officer, a DPS application decided', walk, 5).total,
    ).toBeLessThanOrEqual(5);
    await context.close();
  });

  test('the quality officer goes from the plan to a sent request for correction', async () => {
    const walk = await fromSignIn('kvalitet@sydupphandling.demo.tildel.se');
    const { page } = walk;
    await page.getByRole('link', { name: 'Öppna besöksplanen' }).click();
    await page.waitForURL((url) => url.pathname === '/followup');
    const plan = page.locator('main table', {
      has: page.locator('caption', { hasText: /Besöksplan|planerade besök/i }),
    });
    await plan.locator('tbody tr').first().getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/followup/establishments/'));
    await page
      .getByRole('button', { name: /^Anmodan om rättelse/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Krav som inte uppfylls').click();
    await page.getByRole('listbox').getByRole('option').first().click();
    await dialog
      .getByLabel('Vad ni har sett')
      .fill('Ingen vaken nattpersonal natten till den 14 november.');
    await dialog.getByRole('button', { name: 'Skicka till leverantören' }).click();
    await page.waitForURL(
      (url) => /^\/followup\/corrections\/[0-9a-f-]{36}$/.test(url.pathname),
      SLOW,
    );
    await expectNoAxeViolations(page);
    expect(
      record('quality officer, plan to a sent request for correction', walk, 10).total,
    ).toBeLessThanOrEqual(10);
    await page.context().close();
  });
});
