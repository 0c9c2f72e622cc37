// The contract of signing in through an organisation's identity provider (OpenID Connect).
import { Type, type Static } from 'typebox';
import { nullableString } from '../../../platform/schemas.ts';
import { emailDomain } from '../identity-provider/schemas.ts';

/** The domain of the email typed on the sign-in page: no address travels in a URL. */
export const domainQuery = Type.Object({ domain: emailDomain }, { additionalProperties: false });

/** Only the provider's name is told to anyone who asks: nothing about the organisation. */
export const providerForDomainAnswer = Type.Object({ displayName: nullableString });

/**
 * What the provider sends back. Providers add their own parameters (iss, session_state), so
 * others are let through; openid-client reads and checks the whole address itself.
 */
export const callbackQuery = Type.Object({
  state: Type.Optional(Type.String({ maxLength: 200 })),
  code: Type.Optional(Type.String({ maxLength: 4000 })),
  error: Type.Optional(Type.String({ maxLength: 200 })),
});

/** A redirect: the browser goes on to `Location`. */
export const redirectAnswer = Type.Null({ description: 'Redirect to the Location header' });

export type DomainQuery = Static<typeof domainQuery>;
