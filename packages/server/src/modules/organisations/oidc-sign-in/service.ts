// Signing in through an organisation's identity provider: OpenID Connect's authorization code
// flow with PKCE, state and nonce (openid-client). The provider proves an email address; Tildel
// links it to an existing user who is a member of the provider's organisation. Nobody is created
// and no role is given here: roles stay with the organisation's admin.
import * as oidc from 'openid-client';
import type { SignInFailure } from '@tildel/domain/sign-in';
import { sameToken, tokenHash } from '../../../platform/auth/tokens.ts';
import type { Deps } from '../../../platform/deps.ts';
import { clientFor, redirectUri } from '../identity-provider/oidc-client.ts';
import { findProvider, providerForDomain } from '../identity-provider/repo.ts';
import { findUserByEmail } from '../session/repo.ts';
import { startSignedInSession } from '../session/service.ts';
import * as repo from './repo.ts';

/** How long the provider may take to send the browser back. */
const LOGIN_MINUTES = 10;

/** A sign-in that ends on the sign-in page with its reason; `cause` is for the log only. */
export class SignInFailed extends Error {
  readonly reason: SignInFailure;
  constructor(reason: SignInFailure, cause?: unknown) {
    super(`OpenID Connect sign-in failed: ${reason}`, { cause });
    this.reason = reason;
  }
}

export async function providerName(deps: Deps, domain: string) {
  const provider = await providerForDomain(deps.db, domain.toLowerCase());
  return { displayName: provider?.display_name ?? null };
}

/** The provider's authorization address, and the state the browser must bring back. */
export async function startSignIn(deps: Deps, domain: string) {
  const provider = await providerForDomain(deps.db, domain.toLowerCase());
  if (!provider) throw new SignInFailed('provider');
  let client: oidc.Configuration;
  try {
    client = await clientFor(deps, provider);
  } catch (error) {
    throw new SignInFailed('provider', error);
  }
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const now = deps.clock.now();
  await repo.saveLogin(deps.db, now, {
    state_hash: tokenHash(state),
    organisation_id: provider.organisation_id,
    nonce,
    code_verifier: codeVerifier,
    expires_at: new Date(now.getTime() + LOGIN_MINUTES * 60_000),
  });
  const url = oidc.buildAuthorizationUrl(client, {
    redirect_uri: redirectUri(deps),
    scope: 'openid email',
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url: url.href, state };
}

/**
 * The provider's answer at the callback. `search` is the callback's query string as received;
 * `browserState` the state this browser was given at the start (its cookie), so an answer
 * begun in another browser cannot sign this one in.
 */
export async function finishSignIn(
  deps: Deps,
  input: {
    search: string;
    browserState: string | undefined;
    address: string;
    userAgent: string | undefined;
  },
): Promise<{ token: string }> {
  const current = new URL(redirectUri(deps));
  current.search = input.search;
  const state = current.searchParams.get('state');
  if (!state || !input.browserState || !sameToken(state, input.browserState))
    throw new SignInFailed('state');
  const login = await repo.takeLogin(deps.db, tokenHash(state));
  if (!login) throw new SignInFailed('state');
  if (new Date(login.expires_at) <= deps.clock.now()) throw new SignInFailed('expired');
  const provider = await findProvider(deps.db, login.organisation_id);
  if (!provider) throw new SignInFailed('provider');

  let identity: Record<string, unknown>;
  try {
    const client = await clientFor(deps, provider);
    const tokens = await oidc.authorizationCodeGrant(client, current, {
      pkceCodeVerifier: login.code_verifier,
      expectedState: state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    // Providers put the email in the ID token or only behind the userinfo endpoint.
    identity =
      claims.email !== undefined
        ? claims
        : await oidc.fetchUserInfo(client, tokens.access_token, claims.sub);
  } catch (error) {
    throw new SignInFailed('provider', error);
  }

  if (identity.email_verified !== true || typeof identity.email !== 'string')
    throw new SignInFailed('unverified_email');
  const email = identity.email.trim().toLowerCase();
  // A provider answers only for its organisation's domains and members: another organisation's
  // users cannot be signed in through it, whatever it asserts.
  if (!provider.domains.includes(email.slice(email.lastIndexOf('@') + 1)))
    throw new SignInFailed('unknown_user');
  const user = await findUserByEmail(deps.db, email);
  if (!user) throw new SignInFailed('unknown_user');
  if (user.disabled_at) throw new SignInFailed('disabled_user');
  return deps.db.transaction().execute(async (trx) => {
    if (!(await repo.isMember(trx, user.id, provider.organisation_id)))
      throw new SignInFailed('unknown_user');
    return startSignedInSession(deps, trx, {
      userId: user.id,
      authMethod: 'oidc',
      userAgent: input.userAgent,
      address: input.address,
    });
  });
}
