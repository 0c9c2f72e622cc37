// The OCDS use cases: the packages of an agreement, a DPS or a call-off for an organisation that
// may see it, the same for the public when the owner publishes (awarded data only), and the
// publishing setting itself.
import type { Actor } from '../../../platform/access.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import { notFound, Problem } from '../../../platform/problem.ts';
import { agreementReleases } from './agreement-releases.ts';
import { calloffReleases } from './calloff-releases.ts';
import { dpsReleases } from './dps-releases.ts';
import { keepPackage, keptPackage, type KeptPackage } from './kept-packages.ts';
import { recordPackage, releasePackage, withUri } from './packages.ts';
import type { Release } from './release.ts';
import * as repo from './repo.ts';
import type { Subject } from './schemas.ts';

interface Process {
  owner: repo.OrganisationRow;
  releases: Release[];
  /** Whether it has reached an award: only then may the public see it. */
  awarded: boolean;
}

async function processOf(deps: Deps, subject: Subject, id: string): Promise<Process | undefined> {
  const prefix = deps.config.ocdsPrefix;
  switch (subject) {
    case 'agreements': {
      const a = await repo.agreement(deps.db, id);
      return a && { owner: a.owner, releases: agreementReleases(prefix, a), awarded: true };
    }
    case 'dps': {
      const d = await repo.dps(deps.db, id);
      return d && { owner: d.owner, releases: dpsReleases(prefix, d), awarded: true };
    }
    case 'calloffs': {
      const c = await repo.calloff(deps.db, id);
      return (
        c && {
          owner: c.owner,
          releases: calloffReleases(prefix, c),
          awarded: c.award !== undefined || c.order !== undefined,
        }
      );
    }
  }
}

const VISIBLE = {
  agreements: repo.agreementVisibleTo,
  dps: repo.dpsVisibleTo,
  calloffs: repo.calloffVisibleTo,
} as const satisfies Record<Subject, (db: Deps['db'], id: string, orgId: string) => unknown>;

function packaged(process: Process, shape: 'releases' | 'record') {
  // A draft has no releases: there is nothing to tell yet.
  if (process.releases.length === 0) throw new Problem('not_found', 'ocds.nothing_yet');
  const meta = { publisher: process.owner };
  return shape === 'record'
    ? recordPackage(meta, process.releases)
    : releasePackage(meta, process.releases);
}

/** A package as UTF-8 JSON without its uri, with what the public's route checks. */
type Built = Omit<KeptPackage, 'version'>;

async function built(
  deps: Deps,
  subject: Subject,
  id: string,
  shape: 'releases' | 'record',
): Promise<Built | undefined> {
  const process = await processOf(deps, subject, id);
  if (!process) return undefined;
  const json = JSON.stringify(packaged(process, shape));
  return { ownerId: process.owner.id, awarded: process.awarded, bytes: Buffer.from(json) };
}

/** Agreements' and DPSs' packages are large and change seldom; a call-off's is small. */
const KEPT = { agreements: true, dps: true, calloffs: false } as const satisfies Record<
  Subject,
  boolean
>;

/** The package, kept while the version of its sources stays the same. */
async function packageOf(
  deps: Deps,
  subject: Subject,
  id: string,
  shape: 'releases' | 'record',
): Promise<Built | undefined> {
  if (!KEPT[subject]) return built(deps, subject, id, shape);
  // The version before the sources: what is read after it is at least as new, so a package is
  // never kept under a version newer than what it shows.
  const version = await repo.sourceVersion(deps.db, id);
  const key = `${subject} ${id} ${shape}`;
  const kept = keptPackage(deps.db, key, version);
  if (kept) return kept;
  const fresh = await built(deps, subject, id, shape);
  if (fresh) keepPackage(deps.db, key, { ...fresh, version });
  return fresh;
}

/** For the owner, a participating municipality, or the body whose agreement or DPS it is. */
export async function ocdsPackage(
  deps: Deps,
  orgId: string,
  subject: Subject,
  id: string,
  shape: 'releases' | 'record',
  uri: string,
): Promise<ReturnType<typeof withUri>> {
  if (!(await VISIBLE[subject](deps.db, id, orgId))) throw notFound();
  const found = await packageOf(deps, subject, id, shape);
  if (!found) throw notFound();
  return withUri(uri, found.bytes);
}

/** The public's record: 404 unless its owner publishes and it has reached its award. */
export async function publicRecord(
  deps: Deps,
  orgId: string,
  subject: Subject,
  id: string,
  uri: string,
): Promise<ReturnType<typeof withUri>> {
  const setting = await repo.publishing(deps.db, orgId);
  if (!setting?.published) throw notFound();
  const found = await packageOf(deps, subject, id, 'record');
  if (!found || found.ownerId !== orgId || !found.awarded) throw notFound();
  return withUri(uri, found.bytes);
}

export function publicPathOf(orgId: string): string {
  return `/api/public/ocds/${orgId}`;
}

export async function publishingOf(deps: Deps, orgId: string) {
  const setting = await repo.publishing(deps.db, orgId);
  return {
    published: setting?.published ?? false,
    changedAt: setting?.changed_at ?? null,
    publicPath: publicPathOf(orgId),
  };
}

export async function changePublishing(
  deps: Deps,
  actor: Actor,
  orgId: string,
  published: boolean,
) {
  return deps.db.transaction().execute(async (trx) => {
    const kind = await repo.organisationKind(trx, orgId);
    if (!kind) throw notFound();
    if (kind.kind === 'supplier') throw new Problem('conflict', 'ocds.not_a_buyer');
    const before = await repo.publishing(trx, orgId);
    const saved = await repo.savePublishing(trx, orgId, published, deps.clock.now(), actor.userId);
    await appendAudit(trx, deps.clock, {
      organisationId: orgId,
      actorUserId: actor.userId,
      action: 'ocds.publishing_changed',
      objectType: 'organisation',
      objectId: orgId,
      before: { published: before?.published ?? false },
      after: { published },
    });
    return {
      published: saved.published,
      changedAt: saved.changed_at,
      publicPath: publicPathOf(orgId),
    };
  });
}
