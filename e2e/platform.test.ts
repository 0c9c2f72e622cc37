// The platform administrator lists every organisation, filters and searches them, and registers a
// new one: an invalid organisationsnummer is refused next to its field, a valid one is added to
// the list. A municipal administrator sees neither the link nor the page. Every view passes axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

const PLATFORM_ADMIN = 'platform@demo.tildel.se'; // writes English (demo data)
const MUNICIPAL_ADMIN = 'admin@kristianstad.demo.tildel.se';
const PATH = '/platform/organisations';
const BODY = 'Sydupphandling – gemensam nämnd (demo)';
const SUPPLIER = 'Lindgårdens HVB AB';
const KRISTIANSTAD = 'Kristianstads kommun'; // organisationsnummer 212000-0951
const INVALID_NUMBER = '556012-5791'; // 556012-5790 with a wrong Luhn digit
const VALID_NUMBER = '556677-8899'; // passes the Luhn check; not in the demo data
const stamp = Date.now();
const NEW_NAME = `Omsorgsbolaget E2E ${stamp} AB`;
const NEW_ADMIN = `forsta.admin.${stamp}@example.se`;

let browser: Browser;
let baseUrl: string;
let page: Page;

beforeAll(async () => {
  baseUrl = inject('baseUrl');
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await signIn(page, PLATFORM_ADMIN);
});
afterAll(() => browser?.close());

function row(name: string) {
  return page.locator('main tbody tr', { hasText: name });
}

/** Wait for a Mantine modal to finish opening, so axe sees it as the user does. */
async function openRegistration() {
  await page.locator('main').getByRole('button', { name: 'Register organisation' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await page.waitForTimeout(400);
  return dialog;
}

describe('the platform administrator', () => {
  test('finds Organisations under Platform in the navigation and from the home page', async () => {
    const group = page.getByRole('navigation').getByRole('group', { name: 'Platform' });
    const link = group.getByRole('link', { name: 'Organisations' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(PATH);
    // The home page no longer says they belong nowhere: it points to the new page.
    await page.locator('main').getByRole('link', { name: 'Manage organisations' }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('not a member');
    await expectNoAxeViolations(page);

    await link.click();
    await page.waitForURL((url) => url.pathname === PATH);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Organisations');
    await expect.poll(() => link.getAttribute('aria-current')).toBe('page');
  });

  test('sees every organisation with its kind and country in words', async () => {
    await page.locator('main tbody tr').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').count()).toBe(1);
    // The register runs to more than a page, so each is looked up by name.
    const search = page.locator('main').getByLabel('Search');
    const found = async (name: string) => {
      await search.fill(name);
      await row(name).waitFor();
      return row(name).textContent();
    };
    const body = await found(BODY);
    expect(body).toContain('Procurement body');
    expect(body).toContain('Sweden');
    expect(await found('Aarhus Kommune')).toContain('Denmark');
    expect(await found(SUPPLIER)).toContain('Supplier');
    await expectNoAxeViolations(page);
    await search.fill('');
  });

  test('filters by kind and searches by name or number', async () => {
    const kind = page.locator('main').getByLabel('Kind of organisation');
    const search = page.locator('main').getByLabel('Search');
    await kind.selectOption({ label: 'Supplier' });
    await search.fill('Lindgården');
    await row(SUPPLIER).waitFor();
    await search.fill('Kristianstad');
    await page.locator('main').getByText('No organisation matches').waitFor();
    expect(await row(KRISTIANSTAD).count()).toBe(0);
    await expectNoAxeViolations(page);

    await kind.selectOption({ label: 'All kinds' });
    await search.fill('kristianstad');
    await row(KRISTIANSTAD).waitFor();
    await expect.poll(() => page.locator('main tbody tr').count()).toBe(1);

    // The number is found however it is written.
    await search.fill('2120000951');
    await expect.poll(() => page.locator('main tbody tr').count()).toBe(1);
    await row(KRISTIANSTAD).waitFor();

    await search.fill('no such organisation');
    await page.locator('main').getByText('No organisation matches').waitFor();
    await expectNoAxeViolations(page);
    await page.locator('main').getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => search.inputValue()).toBe('');
    await page.locator('main tbody tr').first().waitFor();
  });

  test('the registration form says what is missing, and passes axe', async () => {
    const dialog = await openRegistration();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Register organisation' }).click();
    await dialog.getByText('Choose the kind of organisation.').waitFor();
    await dialog.getByText("Enter the organisation's name.").waitFor();
    await dialog.getByText('Enter the organisation number.').waitFor();
    await dialog.getByText('Enter a valid email address.').waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  test('an invalid organisationsnummer is refused next to its field', async () => {
    const dialog = await openRegistration();
    await dialog.getByLabel('Kind of organisation').selectOption({ label: 'Supplier' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(NEW_NAME);
    expect(await dialog.getByLabel('Country').inputValue()).toBe('SE');
    await dialog.getByLabel('Organisation number').fill(INVALID_NUMBER);
    await dialog.getByLabel('Email address of the first administrator').fill(NEW_ADMIN);
    const answer = page.waitForResponse(
      (r) => r.url().endsWith('/api/platform/organisations') && r.request().method() === 'POST',
    );
    await dialog.getByRole('button', { name: 'Register organisation' }).click();
    const response = await answer;
    expect(response.status()).toBeGreaterThanOrEqual(400);
    const problem = (await response.json()) as { errors?: { field: string; message: string }[] };
    const message = problem.errors?.find((e) => e.field === 'identifier')?.message;
    expect(message).toBe('The organisation number or CVR number is not valid.');

    const input = dialog.getByLabel('Organisation number');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    // The message is the field's description for screen readers, not only text nearby.
    const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(
      describedBy
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(descriptions).toContain(message);
    // Said once, next to the field, not again in an alert above the form.
    expect(await dialog.getByText(message!).count()).toBe(1);
    await expectNoAxeViolations(page);

    // Corrected, it is registered and added to the list.
    await input.fill(VALID_NUMBER);
    const created = page.waitForResponse(
      (r) => r.url().endsWith('/api/platform/organisations') && r.request().method() === 'POST',
    );
    await dialog.getByRole('button', { name: 'Register organisation' }).click();
    expect((await created).status()).toBe(201);
    await dialog.waitFor({ state: 'detached' });
    await page.locator('main [role="status"]', { hasText: NEW_ADMIN }).waitFor();

    await page.locator('main').getByLabel('Search').fill(NEW_NAME);
    const added = row(NEW_NAME);
    await added.waitFor();
    const text = await added.textContent();
    expect(text).toContain(VALID_NUMBER);
    expect(text).toContain('Supplier');
    expect(text).toContain('Sweden');
    await expectNoAxeViolations(page);
  });

  test('the same number cannot be registered twice', async () => {
    const dialog = await openRegistration();
    await dialog.getByLabel('Kind of organisation').selectOption({ label: 'Supplier' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(`${NEW_NAME} igen`);
    await dialog.getByLabel('Organisation number').fill(VALID_NUMBER);
    await dialog.getByLabel('Email address of the first administrator').fill(NEW_ADMIN);
    await dialog.getByRole('button', { name: 'Register organisation' }).click();
    await dialog.getByText('An organisation with that number already exists.').waitFor();
    // Nothing was saved, so closing asks before the typed fields are dropped.
    await page.keyboard.press('Escape');
    const question = page.getByRole('dialog', { name: 'Unsaved changes' });
    await question.getByRole('button', { name: 'Close without saving' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });
});

describe('a municipal administrator', () => {
  test('sees no Organisations link and no access to the page', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const other = await context.newPage();
    try {
      await signIn(other, MUNICIPAL_ADMIN);
      const nav = other.getByRole('navigation');
      await nav.locator('a[href="/admin/users"]').waitFor();
      expect(await nav.locator(`a[href="${PATH}"]`).count()).toBe(0);
      expect(await nav.getByText('Plattform').count()).toBe(0);

      await other.goto(`${baseUrl}${PATH}`);
      await other.locator('main h1').waitFor();
      expect(await other.locator('main h1').textContent()).toBe('Ingen behörighet');
      expect(await other.locator('main table').count()).toBe(0);
      await expectNoAxeViolations(other);
    } finally {
      await context.close();
    }
  });
});
