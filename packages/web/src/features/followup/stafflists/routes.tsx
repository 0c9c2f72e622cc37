// The stafflists pages, mounted under the signed-in layout by app/router.tsx: the body's
// officers under /followup/staff-lists, the supplier under /company/staff-lists.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

export const staffListRoutes: RouteObject[] = [
  {
    path: 'followup/staff-lists',
    ...lazyPage(async () => {
      const { StaffListsPage } = await import('./OfficerPages');
      return (
        <RequirePermission permission={PERMISSIONS.followupRead}>
          <StaffListsPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'followup/staff-lists/:requestId',
    ...lazyPage(async () => {
      const { StaffListPage } = await import('./OfficerPages');
      return (
        <RequirePermission permission={PERMISSIONS.followupRead}>
          <StaffListPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'company/staff-lists',
    ...lazyPage(async () => {
      const { SupplierStaffListsPage } = await import('./SupplierPages');
      return (
        <RequirePermission permission={PERMISSIONS.followupRespond}>
          <SupplierStaffListsPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'company/staff-lists/:requestId',
    ...lazyPage(async () => {
      const { SupplierStaffListPage } = await import('./SupplierPages');
      return (
        <RequirePermission permission={PERMISSIONS.followupRespond}>
          <SupplierStaffListPage />
        </RequirePermission>
      );
    }),
  },
];
