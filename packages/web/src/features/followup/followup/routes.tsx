// The followup pages, mounted under the signed-in layout by app/router.tsx: the hub with the
// year's plan and the risk order, the pre-visit checklist, and visit records.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import { ChecklistPage } from './ChecklistPage';
import { FollowupPage } from './FollowupPage';
import { RecordVisitPage } from './RecordVisitPage';
import { VisitPage } from './VisitPage';

export const followupRoutes: RouteObject[] = [
  {
    path: 'followup',
    element: (
      <RequirePermission permission={PERMISSIONS.followupRead}>
        <FollowupPage />
      </RequirePermission>
    ),
  },
  {
    path: 'followup/establishments/:establishmentId',
    element: (
      <RequirePermission permission={PERMISSIONS.followupRead}>
        <ChecklistPage />
      </RequirePermission>
    ),
  },
  {
    path: 'followup/visits/new',
    element: (
      <RequirePermission permission={PERMISSIONS.followupManage}>
        <RecordVisitPage />
      </RequirePermission>
    ),
  },
  {
    path: 'followup/visits/:visitId',
    element: (
      <RequirePermission permission={PERMISSIONS.followupRead}>
        <VisitPage />
      </RequirePermission>
    ),
  },
];
