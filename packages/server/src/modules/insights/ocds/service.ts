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
import { recordPackage, releasePackage } from './packages.ts';
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

function packaged(process: Process, shape: 'releases' | 'record', uri: string) {
  // A draft has no releases: there is nothing to tell yet.
  if (process.releases.length === 0) throw new Problem('not_found', 'ocds.nothing_yet');
  const meta = { uri, publisher: process.owner };
  return shape === 'record'
    ? recordPackage(meta, process.releases)
    : releasePackage(meta, process.releases);
}

/** For the owner, a participating municipality, or the body whose agreement or DPS it is. */
export async function ocdsPackage<Shape extends 'releases' | 'record'>(
  deps: Deps,
  orgId: string,
  subject: Subject,
  id: string,
  shape: Shape,
  uri: string,
) {
  if (!(await VISIBLE[subject](deps.db, id, orgId))) throw notFound();
  const process = await processOf(deps, subject, id);
  if (!process) throw notFound();
  return packaged(process, shape, uri) as Shape extends 'record'
    ? ReturnType<typeof recordPackage>
    : ReturnType<typeof releasePackage>;
}

/** The public's record: 404 unless its owner publishes and it has reached its award. */
export async function publicRecord(
  deps: Deps,
  orgId: string,
  subject: Subject,
  id: string,
  uri: string,
) {
  const setting = await repo.publishing(deps.db, orgId);
  if (!setting?.published) throw notFound();
  const process = await processOf(deps, subject, id);
  if (!process || process.owner.id !== orgId || !process.awarded) throw notFound();
  return packaged(process, 'record', uri) as ReturnType<typeof recordPackage>;
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
