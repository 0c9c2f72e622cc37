// The corrections pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import { CorrectionPage } from './CorrectionPage';
import { CorrectionsPage } from './CorrectionsPage';
import { SupplierCorrectionPage } from './SupplierCorrectionPage';
import { SupplierCorrectionsPage } from './SupplierCorrectionsPage';

export const correctionRoutes: RouteObject[] = [
  {
    path: 'followup/corrections',
    element: (
      <RequirePermission permission={PERMISSIONS.followupRead}>
        <CorrectionsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'followup/corrections/:requestId',
    element: (
      <RequirePermission permission={PERMISSIONS.followupRead}>
        <CorrectionPage />
      </RequirePermission>
    ),
  },
  {
    path: 'company/corrections',
    element: (
      <RequirePermission permission={PERMISSIONS.followupRespond}>
        <SupplierCorrectionsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'company/corrections/:requestId',
    element: (
      <RequirePermission permission={PERMISSIONS.followupRespond}>
        <SupplierCorrectionPage />
      </RequirePermission>
    ),
  },
];
