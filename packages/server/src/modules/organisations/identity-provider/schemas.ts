// The contract of an organisation's identity provider settings (OpenID Connect sign-in).
import { Type, type Static } from 'typebox';
import { dateTime, nonBlankText, nullable, text } from '../../../platform/schemas.ts';

/** A DNS name such as kristianstad.se (any case; stored in lower case). */
export const emailDomain = Type.String({
  minLength: 3,
  maxLength: 253,
  pattern: '^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$',
});

export const identityProviderBody = Type.Object(
  {
    displayName: nonBlankText(100),
    issuer: Type.String({ format: 'uri', minLength: 8, maxLength: 500 }),
    clientId: nonBlankText(200),
    /** Left out when changing other settings: the stored secret is kept. */
    clientSecret: Type.Optional(text(500, 1)),
    emailDomains: Type.Array(emailDomain, { minItems: 1, maxItems: 20, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type IdentityProviderInput = Static<typeof identityProviderBody>;

/** The settings as shown: the secret never leaves the server, only whether one is kept. */
export const identityProviderSettings = Type.Object({
  displayName: Type.String(),
  issuer: Type.String(),
  clientId: Type.String(),
  emailDomains: Type.Array(Type.String()),
  hasSecret: Type.Boolean(),
  updatedAt: dateTime,
});

export const identityProviderAnswer = Type.Object({
  provider: nullable(identityProviderSettings),
  /** Where the provider must send the browser back: registered with the provider as is. */
  redirectUri: Type.String(),
});
export type IdentityProviderAnswer = Static<typeof identityProviderAnswer>;
