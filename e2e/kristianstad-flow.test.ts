// Kristianstad's call-off of a hired social worker from its DPS, end to end in the browser: the
// buyer sends the demo draft to the admitted staffing firms, three of them bid sealed, the server's
// clock passes the deadline, the buyer opens the bids, evaluates and awards, every bidder gets the
// decision (the losers read it on their tender page), and the order exists. This test moves the
// clock, so it runs its own server (CLOCK_CONTROL) on its own database; axe checks every page.
import { addCalendarDays, localDate } from '@tildel/domain/calendar';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openDatabase, type Database } from '../packages/server/src/db/database.ts';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { startTildelServer, type RunningServer } from './support/server.ts';
import { apiSession, DEMO_PASSWORD, signIn } from './support/session.ts';

const BUYER = 'bestallare@kristianstad.demo.tildel.se';
const CALLOFF = 'Inhyrd socialsekreterare, barn och unga, 100 %';
/** Three admitted staffing firms; the last works in English. Prices per hour in kronor. */
const BIDDERS = [
  { email: 'anbud@vagenvidare.demo.tildel.se', price: '950', arabic: true },
  { email: 'anbud@socionomkraft.demo.tildel.se', price: '920', arabic: false },
  { email: 'anbud@hyrsocionomerna.demo.tildel.se', price: '990', arabic: true },
] as const;
const DATABASE = 'tildel_e2e_flow';
/** Writes go through a real server on a shared machine: give them time. */
const SLOW = { timeout: 20_000 };

let server: RunningServer;
let browser: Browser;
let database: Database;

beforeAll(async () => {
  server = await startTildelServer(inject('clusterUrl'), DATABASE, { CLOCK_CONTROL: 'true' });
  browser = await launchBrowser();
  database = await openDatabase({ databaseUrl: `${inject('clusterUrl')}/${DATABASE}` });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await database?.close();
  await server?.stop();
});

async function signedIn(email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await signIn(page, email, DEMO_PASSWORD, server.baseUrl);
  return page;
}

async function dialogOf(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await page.waitForTimeout(400); // let the transition finish before axe
  return dialog;
}

/** The platform admin moves the server's clock forward, through the API as the page would. */
async function advanceClock(minutes: number) {
  const admin = await apiSession(server.baseUrl, 'platform@demo.tildel.se');
  const moved = await admin.send('POST', '/api/platform/clock', { advanceMinutes: minutes });
  expect(moved.status).toBe(200);
}

async function openCalloff(page: Page) {
  await page.goto(`${server.baseUrl}/calloffs`);
  await page.getByRole('link', { name: CALLOFF }).first().click();
  await page.waitForURL((url) => /^\/calloffs\/[0-9a-f-]{36}$/.test(url.pathname));
  await page.locator('main h1').waitFor();
}

async function openTender(page: Page) {
  await page.goto(`${server.baseUrl}/tenders`);
  await page.locator('main table').waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: CALLOFF }).first().click();
  await page.waitForURL((url) => /^\/tenders\/[0-9a-f-]{36}$/.test(url.pathname));
  await page.locator('main h1').waitFor();
}

describe("Kristianstad's call-off of a hired social worker", () => {
  test('the buyer sends the invitation to the admitted staffing firms', async () => {
    const page = await signedIn(BUYER);
    await openCalloff(page);
    await page
      .getByLabel('Förfrågan till leverantörerna')
      .fill('Utredande socialsekreterare till barn och unga, heltid, från januari.');
    await page.getByLabel('Kostnadsställe').fill('IFO-4410');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
    const dialog = await dialogOf(page);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await expect
      .poll(() => page.locator('main').textContent(), SLOW)
      .toContain('Anbud tas emot till');
    await expectNoAxeViolations(page);
    await page.close();
  });

  test('three staffing firms bid, sealed, and get a receipt', async () => {
    for (const bidder of BIDDERS) {
      const page = await signedIn(bidder.email);
      await openTender(page);
      await expectNoAxeViolations(page);
      if (bidder === BIDDERS[0]) {
        // On a phone the primary action comes before declining, and leads to the bid form.
        const wide = page.viewportSize();
        await page.setViewportSize({ width: 390, height: 844 });
        const give = page.getByRole('link', { name: /^(Lämna anbud|Give a bid)$/ });
        const decline = page.getByRole('button', {
          name: /^(Avböj att lämna anbud|Decline to bid)$/,
        });
        // The layout follows the new width after a media-query render: wait for it.
        await expect
          .poll(async () => {
            const [g, d] = [await give.boundingBox(), await decline.boundingBox()];
            if (!g || !d) return false;
            // Same row within a pixel (an anchor and a button may sit a subpixel apart).
            return Math.abs(g.y - d.y) <= 1 ? g.x < d.x : g.y < d.y;
          }, SLOW)
          .toBe(true);
        await expectNoAxeViolations(page);
        await give.click();
        await expect.poll(() => new URL(page.url()).hash).toBe('#bid');
        if (wide) await page.setViewportSize(wide);
      }
      await page.getByLabel(/^(Pris per|Price per)/).fill(bidder.price);
      await page
        .getByRole('textbox', { name: /^(Konsult|Consultant)/ })
        .or(page.getByRole('combobox', { name: /^(Konsult|Consultant)/ }))
        .first()
        .click();
      const consultant = (await page.locator('[data-combobox-option]').first().textContent())!;
      await page.locator('[data-combobox-option]').first().click();
      // The answers are read from the consultant's CV; each bidder then sets its own.
      await expect
        .poll(() =>
          page.getByText(/Ifyllt från konsultens cv|Filled in from the consultant/).count(),
        )
        .toBeGreaterThan(0);
      await page.getByRole('switch', { name: /Socionomexamen/ }).setChecked(true, { force: true });
      await page.getByLabel(/(Det vi erbjuder|What we offer): Minst 3 års/).fill('6');
      await page
        .getByRole('switch', { name: /Talar arabiska/ })
        .setChecked(bidder.arabic, { force: true });
      // The earliest start defaults to the need's start (a month ahead), not to today.
      const start = await page.getByLabel(/^(Tidigaste start|Earliest start)/).inputValue();
      expect(start > localDate(new Date(), 'SE')).toBe(true);
      await page
        .getByLabel(/^(Anbudet gäller till|Bid valid until)/)
        .fill(addCalendarDays(start, 180));
      await page
        .getByRole('button', { name: /^(Lämna förseglat anbud|Submit sealed bid)$/ })
        .click();
      await expect.poll(() => page.locator('main').textContent(), SLOW).toMatch(/Kvitto|Receipt/);
      // The receipt names the consultant offered.
      await expect
        .poll(() => page.locator('main').textContent(), SLOW)
        .toMatch(/Föreslagen konsult|Proposed consultant/);
      expect(await page.locator('main').textContent()).toContain(consultant.trim());
      await expectNoAxeViolations(page);
      if (bidder === BIDDERS[0]) {
        // The receipt to keep, as a PDF the bidder downloads.
        const href = await page
          .getByRole('link', {
            name: /^(Ladda ner kvittot som PDF|Download the receipt as a PDF)$/,
          })
          .getAttribute('href');
        const receipt = await page.request.get(new URL(href!, page.url()).toString());
        expect(receipt.status()).toBe(200);
        expect(receipt.headers()['content-type']).toBe('application/pdf');
        expect((await receipt.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      }
      // The home page lists the invitation first among what to answer, with the bid in.
      await page.getByRole('navigation').locator('a[href="/"]').first().click();
      const row = page
        .locator('main table', {
          hasText: /Anbudsförfrågningar att svara på|Tender invitations to answer/,
        })
        .locator('tbody tr', { hasText: CALLOFF });
      await expect.poll(() => row.textContent(), SLOW).toMatch(/Anbud lämnat|Bid given/);
      await expectNoAxeViolations(page);
      await page.close();
    }
    // Before the deadline the buyer sees only how many bids came in.
    const buyer = await signedIn(BUYER);
    await openCalloff(buyer);
    const main = buyer.locator('main');
    await expect.poll(() => main.textContent(), SLOW).toContain('3 anbud har kommit in');
    for (const price of ['950', '920', '990'])
      expect(await main.textContent()).not.toContain(price);
    await buyer.close();
  });

  test('after the deadline the buyer opens, evaluates and awards; the order exists', async () => {
    // The demo DPS agrees a 5-day tender period: eight days on, the deadline has passed.
    await advanceClock(8 * 24 * 60);
    const page = await signedIn(BUYER);
    await openCalloff(page);
    await page.getByRole('button', { name: 'Öppna anbud' }).click();
    const opening = await dialogOf(page);
    await expectNoAxeViolations(page);
    await opening.getByRole('button', { name: 'Öppna anbud' }).click();

    const report = page.locator('main table', { hasText: 'Jämförelsevärde' });
    await report.waitFor();
    await expect.poll(() => report.locator('tbody tr').count(), SLOW).toBe(3);
    // 950 kr less 50 kr for Arabic (900) beats 920 kr and 990 − 50 kr.
    await expect
      .poll(() => report.locator('tbody tr').first().textContent(), SLOW)
      .toContain('Vägen Vidare Omsorg AB');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Tilldela' }).click();
    const award = await dialogOf(page);
    await award
      .getByLabel('Skäl för beslutet')
      .fill('Lägst jämförelsepris: 950 kr per timme med avdrag för arabiska.');
    await award.getByLabel('Tillämpa avtalsspärr i 10 dagar').uncheck();
    await expectNoAxeViolations(page);
    await award.getByRole('button', { name: 'Skicka tilldelningsbeslutet' }).click();
    await expect
      .poll(() => page.locator('main').textContent(), SLOW)
      .toContain('Tilldelat Vägen Vidare Omsorg AB');

    await page.getByRole('button', { name: 'Skapa avropsavtal' }).click();
    await page.waitForURL((url) => /^\/orders\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.locator('main h1').waitFor();
    await expect
      .poll(() => page.locator('main').textContent(), SLOW)
      .toContain('Vägen Vidare Omsorg AB');
    await expectNoAxeViolations(page);
    await page.close();

    const order = await database.db
      .selectFrom('orders as o')
      .innerJoin('calloffs as c', 'c.id', 'o.calloff_id')
      .innerJoin('organisations as s', 's.id', 'o.supplier_id')
      .select(['s.name', 'o.unit_price_minor', 'o.cost_centre', 'c.status'])
      .where('c.title', '=', CALLOFF)
      .executeTakeFirstOrThrow();
    expect(order).toEqual({
      name: 'Vägen Vidare Omsorg AB',
      unit_price_minor: '95000',
      cost_centre: 'IFO-4410',
      status: 'ordered',
    });
  });

  test('every bidder gets the decision; a losing bidder reads it on its tender page', async () => {
    for (const bidder of BIDDERS) {
      const mails = await database.db
        .selectFrom('outbox')
        .select('subject')
        .where('recipient', '=', bidder.email)
        .where('subject', 'like', `%${CALLOFF}%`)
        .execute();
      expect(mails.map((m) => m.subject)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^(Tilldelningsbeslut|Award decision): /)]),
      );
    }
    const loser = await signedIn(BIDDERS[1].email);
    await openTender(loser);
    await expect
      .poll(() => loser.locator('main').textContent(), SLOW)
      .toContain('Ert anbud har inte tilldelats avropet');
    await expectNoAxeViolations(loser);
    await loser.close();
  });
});
