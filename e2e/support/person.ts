// The pseudonymised person's fields, the same in the need's and the referral's form.
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Submits the form (`main`) by its button `submit` with the age left empty, and checks that the
 * age field refuses it, says so and takes the focus: a person's age is never assumed. Returns the
 * age field, to fill in next.
 */
export async function expectAgeAsked(main: Locator, submit: string): Promise<Locator> {
  const age = main.getByLabel('Ålder');
  await main.getByRole('button', { name: submit }).click();
  await expect.poll(() => age.getAttribute('aria-invalid')).toBe('true');
  await expect.poll(() => age.evaluate((input) => input === document.activeElement)).toBe(true);
  await expect.poll(() => main.textContent()).toContain('Fyll i personens ålder');
  return age;
}
