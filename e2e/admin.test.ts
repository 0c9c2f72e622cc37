// An organisation admin's round: invite a user, find the invitation in Sent messages, accept it
// from the link in a new browser, sign in as the new user, change their roles, revoke another
// invitation, and check the audit trail and its chain. Every page and dialog passes axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn, signOut } from './support/session.ts';

const ADMIN = 'admin@kristianstad.demo.tildel.se'; // municipality: caseworker, buyer … assignable
const stamp = Date.now();
const NEW_EMAIL = `nora.e2e.${stamp}@example.se`;
const NEW_NAME = `Nora E2E ${stamp}`;
const NEW_PASSWORD = 'en lång mening som lösenord';
const REVOKED_EMAIL = `revoked.e2e.${stamp}@example.se`;

let browser: Browser;
let baseUrl: string;
let admin: Page;
let invitationPath = '';

beforeAll(async () => {
  baseUrl = inject('baseUrl');
  browser = await launchBrowser();
  admin = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await signIn(admin, ADMIN);
});
afterAll(() => browser?.close());

async function openFromNav(page: Page, href: string, title: string): Promise<void> {
  await page.getByRole('navigation').locator(`a[href="${href}"]`).click();
  await page.waitForURL((url) => url.pathname === href);
  await expect.poll(() => page.locator('main h1').textContent()).toBe(title);
  await page.waitForLoadState('networkidle');
}

/** Wait for a Mantine modal to finish opening, so axe sees it as the user does. */
async function openDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await page.waitForTimeout(400);
  return dialog;
}

async function invite(page: Page, email: string, roleLabel: string): Promise<void> {
  await page.getByRole('button', { name: 'Bjud in användare' }).click();
  const dialog = await openDialog(page);
  await dialog.getByLabel('E-postadress').fill(email);
  await dialog.getByRole('checkbox', { name: roleLabel, exact: true }).check();
  await dialog.getByRole('button', { name: 'Skicka inbjudan' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator('main [role="status"]', { hasText: email }).waitFor();
}

function invitationRow(page: Page, email: string) {
  return page.locator('#invitations tbody tr', { hasText: email });
}

function memberRow(page: Page, name: string) {
  return page
    .locator('main section', { hasText: 'Medlemmar' })
    .locator('tbody tr', { hasText: name });
}

describe('an admin invites a user who accepts', () => {
  test('the admin invites a colleague; the form first says what is missing', async () => {
    await openFromNav(admin, '/admin/users', 'Användare');
    await expectNoAxeViolations(admin);

    await admin.getByRole('button', { name: 'Bjud in användare' }).click();
    const dialog = await openDialog(admin);
    await dialog.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await dialog.getByText('Skriv en giltig e-postadress.').waitFor();
    await dialog.getByText('Välj minst en roll.').waitFor();
    await expectNoAxeViolations(admin);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });

    await invite(admin, NEW_EMAIL, 'Handläggare');
    const row = invitationRow(admin, NEW_EMAIL);
    await row.waitFor();
    expect(await row.textContent()).toContain('Väntar på svar');
    expect(await row.textContent()).toContain('Handläggare');
    await expectNoAxeViolations(admin);
  });

  test('inviting the same address again is refused next to the field', async () => {
    await admin.getByRole('button', { name: 'Bjud in användare' }).click();
    const dialog = await openDialog(admin);
    await dialog.getByLabel('E-postadress').fill(NEW_EMAIL);
    await dialog.getByRole('checkbox', { name: 'Beställare', exact: true }).check();
    const answer = admin.waitForResponse(
      (r) => r.url().endsWith('/invitations') && r.request().method() === 'POST',
    );
    await dialog.getByRole('button', { name: 'Skicka inbjudan' }).click();
    const response = await answer;
    expect(response.status()).toBeGreaterThanOrEqual(400);
    const problem = (await response.json()) as { errors?: { field: string; message: string }[] };
    const message = problem.errors?.find((e) => e.field === 'email')?.message;
    expect(message).toBeTruthy();
    const input = dialog.getByLabel('E-postadress');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByText(message!).first().waitFor();
    await expectNoAxeViolations(admin);

    // The typed address is an unsaved edit: closing asks first, and Cancel keeps it.
    const invitation = admin.getByRole('dialog', { name: 'Bjud in användare' });
    const question = admin.getByRole('dialog', { name: 'Osparade ändringar' });
    await admin.keyboard.press('Escape');
    await question.waitFor();
    await expectNoAxeViolations(admin);
    await question.getByRole('button', { name: 'Avbryt' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await invitation.getByLabel('E-postadress').inputValue()).toBe(NEW_EMAIL);
    await invitation.getByRole('button', { name: 'Avbryt' }).click();
    await question.getByRole('button', { name: 'Stäng utan att spara' }).click();
    await invitation.waitFor({ state: 'detached' });
    await question.waitFor({ state: 'detached' });
  });

  test('the invitation is in Sent messages with its link', async () => {
    await openFromNav(admin, '/admin/messages', 'Skickade meddelanden');
    const row = admin.locator('main tbody tr', { hasText: NEW_EMAIL }).first();
    // The outbox worker may not have picked it up yet: reload until the message is listed.
    for (let i = 0; i < 30 && (await row.count()) === 0; i++) {
      await admin.waitForTimeout(500);
      await admin.reload();
      await admin.locator('main h1').waitFor();
      await admin.waitForLoadState('networkidle');
    }
    await row.waitFor();
    await expectNoAxeViolations(admin);

    await row.getByRole('button', { name: /Visa text/ }).click();
    const link = admin.locator('main a[href*="/invitation/"]').first();
    await link.waitFor();
    invitationPath = new URL((await link.getAttribute('href'))!).pathname;
    expect(invitationPath).toMatch(/^\/invitation\/[^/]+$/);
    expect(await row.getByRole('button').getAttribute('aria-expanded')).toBe('true');
    await expectNoAxeViolations(admin);
  });

  test('the new user opens the link, accepts, and can sign in again', async () => {
    const page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    try {
      await page.goto(`${baseUrl}${invitationPath}`);
      await page.locator('main form').waitFor();
      expect(await page.locator('main h1').textContent()).toBe('Inbjudan till Tildel');
      await page.locator('main').getByText(NEW_EMAIL).waitFor();
      await page.locator('main').getByText('Handläggare', { exact: true }).waitFor();
      await expectNoAxeViolations(page);

      // Too short and not repeated: said next to the fields.
      await page.getByLabel('Ditt namn').fill(NEW_NAME);
      await page.getByLabel('Välj lösenord').fill('kort');
      await page.getByLabel('Upprepa lösenordet').fill('annat');
      await page.getByRole('button', { name: 'Acceptera inbjudan' }).click();
      await page.getByText('Lösenordet måste ha minst 12 tecken.').waitFor();
      await page.getByText('Lösenorden är inte lika.').waitFor();
      await expectNoAxeViolations(page);

      await page.getByLabel('Välj lösenord').fill(NEW_PASSWORD);
      await page.getByLabel('Upprepa lösenordet').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Acceptera inbjudan' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await expect.poll(() => page.locator('main h1').textContent()).toBe('Mitt arbete');
      await page.locator('main').getByText('Kristianstads kommun').first().waitFor();
      await page.locator('header').getByText(NEW_NAME).waitFor();
      await expectNoAxeViolations(page);

      await signOut(page);
      await signIn(page, NEW_EMAIL, NEW_PASSWORD);
      await page
        .locator('main')
        .getByRole('heading', { name: 'Mina behov och remisser' })
        .waitFor();
      // A caseworker's navigation: home, needs, the catalogue, agreements, the registry and the
      // glossary.
      const links = await page
        .getByRole('navigation')
        .locator('a')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(links.sort()).toEqual([
        '/',
        '/agreements',
        '/catalogue',
        '/glossary',
        '/needs',
        '/referrals',
        '/suppliers',
      ]);
      await expectNoAxeViolations(page);

      // The link is used up.
      await page.goto(`${baseUrl}${invitationPath}`);
      await page.locator('main [role="alert"]').waitFor();
      expect(await page.locator('main form').count()).toBe(0);
      await expectNoAxeViolations(page);
    } finally {
      await page.context().close();
    }
  });

  test('the admin sees the new member and changes their roles', async () => {
    await openFromNav(admin, '/admin/users', 'Användare');
    const row = memberRow(admin, NEW_NAME);
    await row.waitFor();
    expect(await invitationRow(admin, NEW_EMAIL).textContent()).toContain('Accepterad');

    await row.getByRole('button', { name: `Ändra roller för ${NEW_NAME}` }).click();
    const dialog = await openDialog(admin);
    expect(
      await dialog.getByRole('checkbox', { name: 'Handläggare', exact: true }).isChecked(),
    ).toBe(true);
    await expectNoAxeViolations(admin);

    // No role at all is refused before anything is sent.
    await dialog.getByRole('checkbox', { name: 'Handläggare', exact: true }).uncheck();
    await dialog.getByRole('button', { name: 'Spara roller' }).click();
    await dialog.getByText('Välj minst en roll.').waitFor();

    await dialog.getByRole('checkbox', { name: 'Beställare', exact: true }).check();
    await dialog.getByRole('checkbox', { name: 'Controller', exact: true }).check();
    await dialog.getByRole('button', { name: 'Spara roller' }).click();
    await dialog.waitFor({ state: 'detached' });
    await admin.locator('main [role="status"]', { hasText: NEW_NAME }).waitFor();
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('Beställare');
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Controller');
    expect(text).not.toContain('Handläggare');
    await expectNoAxeViolations(admin);
  });

  test('the admin revokes an invitation that is no longer wanted', async () => {
    await invite(admin, REVOKED_EMAIL, 'Controller');
    const row = invitationRow(admin, REVOKED_EMAIL);
    await row.getByRole('button', { name: `Återkalla inbjudan till ${REVOKED_EMAIL}` }).click();
    const dialog = await openDialog(admin);
    await expectNoAxeViolations(admin);
    await dialog.getByRole('button', { name: 'Återkalla inbjudan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('Återkallad');
    expect(await row.getByRole('button').count()).toBe(0);
    await expectNoAxeViolations(admin);
  });

  test('the audit trail shows the records and "Verify chain" reports it intact', async () => {
    await openFromNav(admin, '/admin/audit', 'Granskningslogg');
    const table = admin.locator('main table');
    await table.waitFor();
    const text = (await table.textContent()) ?? '';
    for (const action of [
      'invitation.created',
      'invitation.accepted',
      'invitation.revoked',
      'membership.roles_changed',
    ]) {
      expect(text).toContain(action);
    }
    await expectNoAxeViolations(admin);

    const rolesChanged = admin
      .locator('main tbody tr', { hasText: 'membership.roles_changed' })
      .first();
    // The button's name turns from "Visa ändring …" to "Dölj ändring …": hold it by its state.
    const toggle = rolesChanged.locator('button[aria-expanded]');
    expect(await toggle.getAttribute('aria-label')).toMatch(/^Visa ändring/);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await toggle.getAttribute('aria-label')).toMatch(/^Dölj ändring/);
    const details = admin.locator(`#${(await toggle.getAttribute('aria-controls'))!}`);
    await details.waitFor();
    const json = (await details.textContent()) ?? '';
    expect(json).toContain('caseworker');
    expect(json).toContain('controller');
    await expectNoAxeViolations(admin);

    await admin.getByRole('button', { name: 'Verifiera kedjan' }).click();
    await admin.locator('main').getByText('Kedjan är obruten').waitFor();
    await expectNoAxeViolations(admin);
  });

  test('the admin removes the member again', async () => {
    await openFromNav(admin, '/admin/users', 'Användare');
    const row = memberRow(admin, NEW_NAME);
    await row.getByRole('button', { name: `Ta bort ${NEW_NAME}` }).click();
    const dialog = await openDialog(admin);
    await expectNoAxeViolations(admin);
    await dialog.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.waitFor({ state: 'detached' });
    await admin.locator('main [role="status"]', { hasText: NEW_NAME }).waitFor();
    await expectNoAxeViolations(admin);
  });
});
