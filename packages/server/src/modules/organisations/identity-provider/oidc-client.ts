// The OpenID Connect client (openid-client) for one organisation's provider. Discovery runs per
// sign-in step, so every process sees a provider's changed settings at once; nothing is cached.
import * as oidc from 'openid-client';
import { openSecret } from '../../../platform/sealing.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { ProviderRow } from './repo.ts';

/** What sealSecret binds a client secret to (with the organisation's id). */
export const CLIENT_SECRET_PURPOSE = 'oidc-client-secret';

/** Where every provider sends the browser back; registered with the provider as is. */
export function redirectUri(deps: Deps): string {
  return `${deps.config.publicUrl}/api/oidc/callback`;
}

/**
 * Providers are reached over https only. Plain http is let through for a provider on this machine
 * (127.0.0.1, ::1, localhost): the tests' provider and a developer's own. openid-client refuses
 * http unless told with its allowInsecureRequests option, which is given in exactly that case.
 */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname);
}

export function acceptableIssuer(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === 'https:' || isLoopbackHttp(url);
}

export async function clientFor(deps: Deps, provider: ProviderRow): Promise<oidc.Configuration> {
  const issuer = new URL(provider.issuer);
  const secret = openSecret(deps.masterKey(), CLIENT_SECRET_PURPOSE, provider.organisation_id, {
    sealed: provider.client_secret_sealed,
    keyId: provider.secret_key_id,
  });
  return oidc.discovery(
    issuer,
    provider.client_id,
    { client_secret: secret, redirect_uris: [redirectUri(deps)] },
    oidc.ClientSecretPost(secret),
    {
      execute: isLoopbackHttp(issuer) ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
    },
  );
}
