// Why a sign-in through an organisation's identity provider ended back on the sign-in page: the
// server names the reason in the address, the sign-in page says it in the user's language.
export const SIGN_IN_FAILURES = [
  /** The answer's state is not this browser's, or was used already. */
  'state',
  /** The provider took longer than a sign-in may wait. */
  'expired',
  /** The provider refused, could not be reached, or its answer did not verify. */
  'provider',
  /** The provider did not vouch for the email address. */
  'unverified_email',
  /** No member of the provider's organisation has that address. */
  'unknown_user',
  'disabled_user',
] as const;
export type SignInFailure = (typeof SIGN_IN_FAILURES)[number];

export function isSignInFailure(value: unknown): value is SignInFailure {
  return SIGN_IN_FAILURES.some((reason) => reason === value);
}
