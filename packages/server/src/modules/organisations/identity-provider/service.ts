// An organisation admin's settings for sign-in through the organisation's own identity provider.
import { appendAudit } from '../../../platform/audit.ts';
import type { Actor } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/deps.ts';
import { fieldProblem, notFound, Problem } from '../../../platform/problem.ts';
import { sealSecret } from '../../../platform/sealing.ts';
import { acceptableIssuer, CLIENT_SECRET_PURPOSE, redirectUri } from './oidc-client.ts';
import * as repo from './repo.ts';
import type { IdentityProviderAnswer, IdentityProviderInput } from './schemas.ts';

function settingsOf(provider: repo.ProviderRow) {
  return {
    displayName: provider.display_name,
    issuer: provider.issuer,
    clientId: provider.client_id,
    emailDomains: provider.domains,
  };
}

export async function readProvider(
  deps: Deps,
  organisationId: string,
): Promise<IdentityProviderAnswer> {
  const provider = await repo.findProvider(deps.db, organisationId);
  return {
    provider: provider && {
      ...settingsOf(provider),
      hasSecret: true,
      updatedAt: provider.updated_at,
    },
    redirectUri: redirectUri(deps),
  };
}

export async function saveProvider(
  deps: Deps,
  actor: Actor,
  organisationId: string,
  input: IdentityProviderInput,
): Promise<IdentityProviderAnswer> {
  if (!acceptableIssuer(input.issuer))
    throw fieldProblem('issuer', 'identity_provider.issuer_https');
  const domains = [...new Set(input.emailDomains.map((d) => d.toLowerCase()))].sort();
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findProvider(trx, organisationId);
    if (!before && input.clientSecret === undefined)
      throw fieldProblem('clientSecret', 'identity_provider.secret_required');
    const taken = await repo.domainsTakenElsewhere(trx, organisationId, domains);
    if (taken.length > 0) {
      throw new Problem('conflict', 'identity_provider.domain_taken', {
        params: { domains: taken.join(', ') },
        fields: [
          {
            field: 'emailDomains',
            key: 'identity_provider.domain_taken',
            params: { domains: taken.join(', ') },
          },
        ],
      });
    }
    const secret =
      input.clientSecret === undefined
        ? { sealed: before!.client_secret_sealed, keyId: before!.secret_key_id }
        : sealSecret(deps.masterKey(), CLIENT_SECRET_PURPOSE, organisationId, input.clientSecret);
    await repo.saveProvider(
      trx,
      {
        organisation_id: organisationId,
        display_name: input.displayName.trim(),
        issuer: input.issuer,
        client_id: input.clientId.trim(),
        client_secret_sealed: secret.sealed,
        secret_key_id: secret.keyId,
        updated_at: deps.clock.now(),
      },
      domains,
    );
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'identity_provider.saved',
      objectType: 'organisation',
      objectId: organisationId,
      before: before && settingsOf(before),
      // The secret is never written to the trail, only that it changed.
      after: {
        displayName: input.displayName.trim(),
        issuer: input.issuer,
        clientId: input.clientId.trim(),
        emailDomains: domains,
        secretChanged: input.clientSecret !== undefined,
      },
    });
  });
  return readProvider(deps, organisationId);
}

export async function removeProvider(deps: Deps, actor: Actor, organisationId: string) {
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findProvider(trx, organisationId);
    if (!before) throw notFound();
    await repo.deleteProvider(trx, organisationId);
    await appendAudit(trx, deps.clock, {
      organisationId,
      actorUserId: actor.userId,
      action: 'identity_provider.removed',
      objectType: 'organisation',
      objectId: organisationId,
      before: settingsOf(before),
    });
  });
}
