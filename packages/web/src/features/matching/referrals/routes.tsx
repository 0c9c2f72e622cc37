// The referral pages, mounted under the signed-in layout by app/router.tsx: the caseworker's
// referrals and form, the matching team's queue, and one referral.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

export const referralRoutes: RouteObject[] = [
  {
    path: 'referrals',
    ...lazyPage(async () => {
      const { MyReferralsPage } = await import('./MyReferralsPage');
      return (
        <RequirePermission permission={PERMISSIONS.referralsRead}>
          <MyReferralsPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'referrals/new',
    ...lazyPage(async () => {
      const { NewReferralPage } = await import('./NewReferralPage');
      return (
        <RequirePermission permission={PERMISSIONS.referralsSend}>
          <NewReferralPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'matching',
    ...lazyPage(async () => {
      const { MatchingQueuePage } = await import('./MatchingQueuePage');
      return (
        <RequirePermission permission={PERMISSIONS.matchingManage}>
          <MatchingQueuePage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'matching/referrals/:referralId',
    ...lazyPage(async () => {
      const { ReferralPage } = await import('./ReferralPage');
      return (
        <RequirePermission permission={PERMISSIONS.referralsRead}>
          <ReferralPage />
        </RequirePermission>
      );
    }),
  },
];
