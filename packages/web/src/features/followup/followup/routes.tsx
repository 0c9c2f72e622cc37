// The followup pages, mounted under the signed-in layout by app/router.tsx: the hub with the
// year's plan and the risk order, the pre-visit checklist, and visit records.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

export const followupRoutes: RouteObject[] = [
  {
    path: 'followup',
    ...lazyPage(async () => {
      const { FollowupPage } = await import('./FollowupPage');
      return (
        <RequirePermission permission={PERMISSIONS.followupRead}>
          <FollowupPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'followup/establishments/:establishmentId',
    ...lazyPage(async () => {
      const { ChecklistPage } = await import('./ChecklistPage');
      return (
        <RequirePermission permission={PERMISSIONS.followupRead}>
          <ChecklistPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'followup/visits/new',
    ...lazyPage(async () => {
      const { RecordVisitPage } = await import('./RecordVisitPage');
      return (
        <RequirePermission permission={PERMISSIONS.followupManage}>
          <RecordVisitPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'followup/visits/:visitId',
    ...lazyPage(async () => {
      const { VisitPage } = await import('./VisitPage');
      return (
        <RequirePermission permission={PERMISSIONS.followupRead}>
          <VisitPage />
        </RequirePermission>
      );
    }),
  },
];
