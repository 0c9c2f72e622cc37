// A real OpenID Connect provider (oidc-provider) on loopback for the tests, with its development
// login and consent pages driven over HTTP as a browser would post them.
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';
import { afterAll } from 'vitest';

function fail(status: number, url: URL): never {
  throw new Error(`The provider answered ${status} at ${url.href}`);
}

export interface TestAccount {
  email: string;
  emailVerified: boolean;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Signs `accountId` in at the provider, from its authorization address to Tildel's callback. */
  signIn(authorizationUrl: string, accountId: string): Promise<URL>;
}

/** Starts a provider whose accounts are `accounts` (id → email), closed after the test file. */
export async function startTestProvider(
  redirectUri: string,
  accounts: Record<string, TestAccount>,
): Promise<TestProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'tildel-test';
  const clientSecret = 'a-client-secret-for-the-tests-only';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    cookies: { keys: ['a-cookie-key-for-the-tests-only'] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
    findAccount: (_ctx, sub) => {
      const account = accounts[sub];
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, email: account.email, email_verified: account.emailVerified }),
      };
    },
  });
  server.on('request', provider.callback());
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function signIn(authorizationUrl: string, accountId: string): Promise<URL> {
    const cookies = new Map<string, string>();
    const send = async (url: URL, init: RequestInit = {}) => {
      const response = await fetch(url, {
        ...init,
        redirect: 'manual',
        headers: {
          ...(init.headers as Record<string, string>),
          cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const at = pair.indexOf('=');
        cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
      return { response, body: await response.text() };
    };
    let url = new URL(authorizationUrl);
    // Follow the provider's redirects; on each of its pages (login, then consent) post the form.
    for (let step = 0; step < 12; step++) {
      if (url.origin !== issuer) return url;
      const { response, body } = await send(url);
      if (response.status !== 200) {
        url = new URL(response.headers.get('location') ?? fail(response.status, url), url);
        continue;
      }
      const prompt = /name="prompt" value="consent"/.test(body) ? 'consent' : 'login';
      const form = new URLSearchParams(
        prompt === 'login' ? { prompt, login: accountId, password: 'any' } : { prompt },
      );
      const submitted = await send(url, {
        method: 'POST',
        body: form,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      url = new URL(
        submitted.response.headers.get('location') ?? fail(submitted.response.status, url),
        url,
      );
    }
    throw new Error('The provider did not send the browser back');
  }

  return { issuer, clientId, clientSecret, signIn };
}
