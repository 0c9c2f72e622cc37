// A page waits for the texts of the parts lib/route-texts.ts names for its area, and the app for
// the shared texts and the header's parts. This reads every source file's t('…') keys and checks
// that each key's texts are among those its file's pages have: else the page would show a key.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTE_TEXTS } from '../src/lib/route-texts';

const SRC = join(import.meta.dirname, '..', 'src');
/** Parts whose texts come with the app (i18n/texts-<locale>.ts). */
const HEADER_PARTS = ['organisations/notifications', 'organisations/search'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function topKeys(path: string): string[] {
  return Object.keys(JSON.parse(readFileSync(path, 'utf8')) as object);
}

/** Which part ("calloffs/needs") or "shared" holds each top-level key. */
const owner = new Map<string, string>();
for (const key of topKeys(join(SRC, 'i18n', 'sv.json'))) owner.set(key, 'shared');
for (const area of readdirSync(join(SRC, 'features')))
  for (const part of readdirSync(join(SRC, 'features', area))) {
    const path = join(SRC, 'features', area, part, 'i18n', 'sv.json');
    try {
      for (const key of topKeys(path)) owner.set(key, `${area}/${part}`);
    } catch {
      // a part without texts of its own
    }
  }

const covers = (parts: readonly string[], part: string) =>
  part === 'shared' ||
  [...HEADER_PARTS, ...parts].some((p) => part === p || part.startsWith(`${p}/`));

/** The parts the pages showing this file have, by where the file lives. */
function partsFor(file: string): readonly string[] | null {
  const [top, area] = relative(SRC, file).split('/');
  if (top === 'features') return ROUTE_TEXTS[area as keyof typeof ROUTE_TEXTS] ?? [];
  if (top === 'app' && area === 'home') return ROUTE_TEXTS.home;
  // Shared components and lib serve every area: only shared texts, checked below by key.
  return top === 'app' ? [] : null;
}

/** The source files a file imports, and theirs, within src/. */
function importClosure(file: string, into = new Set<string>()): Set<string> {
  if (into.has(file)) return into;
  into.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, spec] of source.matchAll(/^import[^'"]*from '(\.[^']+)'/gm)) {
    const base = resolve(dirname(file), spec!);
    const found = [`${base}.tsx`, `${base}.ts`].find((path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    });
    if (found) importClosure(found, into);
  }
  return into;
}

function keysIn(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/\bt\(\s*[`'"]([A-Za-z0-9_]+)[.`'"$]/g)]
    .map((m) => m[1]!)
    .filter((key) => owner.has(key));
}

describe('texts come with the pages that use them', () => {
  it('the home page has the texts of every file it shows', () => {
    const home = importClosure(join(SRC, 'app', 'home', 'HomePage.tsx'));
    expect(home.size).toBeGreaterThan(5);
    for (const file of home)
      for (const key of keysIn(file))
        expect(
          covers(ROUTE_TEXTS.home, owner.get(key)!),
          `${relative(SRC, file)}: ${key} (${owner.get(key)}) is not loaded with the home page`,
        ).toBe(true);
  });

  const checked = files(SRC).filter((file) => !file.endsWith('api-types.ts'));

  it('finds the keys it checks', () => {
    expect(owner.get('common')).toBe('shared');
    expect(owner.get('tenders')).toBe('calloffs/tenders');
  });

  for (const file of checked) {
    const parts = partsFor(file);
    const owned = keysIn(file);
    if (owned.length === 0) continue;
    it(relative(SRC, file), () => {
      for (const key of owned) {
        const part = owner.get(key)!;
        if (parts === null) {
          // components/ and lib/: the glossary's link is the one part they may use (every area
          // that shows one loads the glossary); anything else must be shared.
          expect(['shared', 'organisations/glossary'], key).toContain(part);
        } else {
          expect(covers(parts, part), `${key} (${part}) is not loaded with this page`).toBe(true);
        }
      }
    });
  }
});
