// The corrections pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

export const correctionRoutes: RouteObject[] = [
  {
    path: 'followup/corrections',
    ...lazyPage(async () => {
      const { CorrectionsPage } = await import('./CorrectionsPage');
      return (
        <RequirePermission permission={PERMISSIONS.followupRead}>
          <CorrectionsPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'followup/corrections/:requestId',
    ...lazyPage(async () => {
      const { CorrectionPage } = await import('./CorrectionPage');
      return (
        <RequirePermission permission={PERMISSIONS.followupRead}>
          <CorrectionPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'company/corrections',
    ...lazyPage(async () => {
      const { SupplierCorrectionsPage } = await import('./SupplierCorrectionsPage');
      return (
        <RequirePermission permission={PERMISSIONS.followupRespond}>
          <SupplierCorrectionsPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'company/corrections/:requestId',
    ...lazyPage(async () => {
      const { SupplierCorrectionPage } = await import('./SupplierCorrectionPage');
      return (
        <RequirePermission permission={PERMISSIONS.followupRespond}>
          <SupplierCorrectionPage />
        </RequirePermission>
      );
    }),
  },
];
