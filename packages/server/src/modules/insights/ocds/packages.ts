// Release packages and record packages of OCDS 1.1, and the compiled release of a record by the
// standard's merge rules (https://standard.open-contracting.org/1.1/en/schema/merging/): releases in
// date order, objects merged field by field, arrays of objects with an id merged by id, any other
// array replaced whole.
import type { Release } from './release.ts';
import type { OrganisationRow } from './repo.ts';
import { partyOf } from './release.ts';

/** The extensions whose fields the releases use (the lots one for tender.lots and relatedLots). */
export const EXTENSIONS = [
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_techniques_extension/v1.1.5/extension.json',
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json',
];

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The merge of releases into one compiled release. What the merge made itself (copies of the
 * releases' objects and arrays) changes in place from one release to the next, with each array's
 * ids found once: a DPS has a release per admitted supplier, thousands, each adding a tenderer and
 * a party, and copying the whole so far for each would take time growing with their square. What
 * it took from a release is copied before it changes: the releases are in the package too.
 */
function merger() {
  const own = new WeakSet<object>();
  const positions = new WeakMap<Json[], Map<unknown, number>>();

  function mergeObject(into: Json, from: Json): Json {
    const merged = own.has(into) ? into : { ...into };
    own.add(merged);
    for (const [key, value] of Object.entries(from)) merged[key] = mergeValue(merged[key], value);
    return merged;
  }

  function mergeArray(into: Json[], from: Json[]): Json[] {
    let merged = into;
    // Only the merge's own arrays have their positions kept.
    let at = positions.get(into);
    if (!at) {
      merged = [...into];
      at = new Map();
      for (const [i, m] of merged.entries()) if (isObject(m) && !at.has(m.id)) at.set(m.id, i);
      positions.set(merged, at);
    }
    for (const item of from) {
      const i = at.get(item.id);
      if (i === undefined) {
        at.set(item.id, merged.length);
        merged.push(item);
      } else merged[i] = mergeObject(merged[i]!, item);
    }
    return merged;
  }

  function mergeValue(into: unknown, from: unknown): unknown {
    if (isObject(into) && isObject(from)) return mergeObject(into, from);
    if (Array.isArray(into) && Array.isArray(from) && from.every((i) => isObject(i) && 'id' in i))
      return mergeArray(into as Json[], from as Json[]);
    return from;
  }

  return mergeObject;
}

/** Oldest first; releases of one instant keep the order they were made in (tender before award). */
export function byDate(releases: Release[]): Release[] {
  return [...releases].sort((a, b) => a.date.localeCompare(b.date));
}

export function compile(releases: Release[]): Release {
  const ordered = byDate(releases);
  const mergeObject = merger();
  const merged = ordered.reduce<Json>((acc, r) => mergeObject(acc, r as unknown as Json), {});
  const last = ordered.at(-1)!;
  return {
    ...(merged as unknown as Release),
    id: `${last.ocid}-${last.date}`,
    date: last.date,
    tag: ['compiled'],
  };
}

interface PackageMeta {
  publisher: OrganisationRow;
}

/** A package's fields but its uri: the address it was asked at, put first when sent (withUri). */
function metadata(meta: PackageMeta, releases: Release[]) {
  const party = partyOf(meta.publisher, []);
  return {
    version: '1.1' as const,
    extensions: EXTENSIONS,
    // The newest release's date: the same package read twice is the same package.
    publishedDate: byDate(releases).at(-1)!.date,
    publisher: { name: party.name, scheme: party.identifier.scheme, uid: party.identifier.id },
  };
}

export function releasePackage(meta: PackageMeta, releases: Release[]) {
  return { ...metadata(meta, releases), releases: byDate(releases) };
}

export function recordPackage(meta: PackageMeta, releases: Release[]) {
  const ordered = byDate(releases);
  return {
    ...metadata(meta, releases),
    records: [{ ocid: ordered[0]!.ocid, releases: ordered, compiledRelease: compile(ordered) }],
  };
}

/**
 * A package as sent: its uri first, then the rest of the package's JSON as built (without a uri),
 * the two parts sent one after the other so a kept package of megabytes is not copied per request.
 */
export function withUri(uri: string, json: Buffer): { parts: Buffer[]; length: number } {
  const head = Buffer.from(`{"uri":${JSON.stringify(uri)},`);
  const rest = json.subarray(1);
  return { parts: [head, rest], length: head.length + rest.length };
}
