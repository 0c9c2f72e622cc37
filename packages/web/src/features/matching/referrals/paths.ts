/** Where a referral opens: the same page for its caseworker and for the matching team. */
export const referralPath = (referral: { id: string }) => `/matching/referrals/${referral.id}`;
