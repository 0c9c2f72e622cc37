// The cascade pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import { DeviationsPage } from './DeviationsPage';

export const cascadeRoutes: RouteObject[] = [
  {
    path: 'agreements/:agreementId/deviations',
    element: (
      <RequirePermission permission={PERMISSIONS.agreementsRead}>
        <DeviationsPage />
      </RequirePermission>
    ),
  },
];
