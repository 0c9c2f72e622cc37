// Chromium for the browser tests, and the accessibility check every page goes through.
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/**
 * Runs axe (WCAG 2.1 A and AA) on the page and throws with a readable list of any violations.
 * The page must come from `browser.newContext()`, not `browser.newPage()` (axe opens a page beside it).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  if (violations.length === 0) return;
  const list = violations.map((violation) => {
    const targets = violation.nodes.map((node) => `    at ${node.target.join(' ')}`);
    return [
      `  ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}`,
      ...targets,
    ].join('\n');
  });
  throw new Error(`Accessibility violations on ${page.url()}:\n${list.join('\n')}`);
}

/** The addresses of a list's download links (ExportLinks) in Swedish, CSV then XLSX. */
export async function swedishDownloadLinks(page: Page): Promise<(string | null)[]> {
  const group = page.getByRole('group', { name: 'Ladda ner' });
  return Promise.all(
    ['CSV (för Excel)', 'Excel (XLSX)'].map((name) =>
      group.getByRole('link', { name }).getAttribute('href'),
    ),
  );
}
