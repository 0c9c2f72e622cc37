// The stafflists pages, mounted under the signed-in layout by app/router.tsx: the body's
// officers under /followup/staff-lists, the supplier under /company/staff-lists.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import { StaffListPage, StaffListsPage } from './OfficerPages';
import { SupplierStaffListPage, SupplierStaffListsPage } from './SupplierPages';

export const staffListRoutes: RouteObject[] = [
  {
    path: 'followup/staff-lists',
    element: (
      <RequirePermission permission={PERMISSIONS.followupRead}>
        <StaffListsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'followup/staff-lists/:requestId',
    element: (
      <RequirePermission permission={PERMISSIONS.followupRead}>
        <StaffListPage />
      </RequirePermission>
    ),
  },
  {
    path: 'company/staff-lists',
    element: (
      <RequirePermission permission={PERMISSIONS.followupRespond}>
        <SupplierStaffListsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'company/staff-lists/:requestId',
    element: (
      <RequirePermission permission={PERMISSIONS.followupRespond}>
        <SupplierStaffListPage />
      </RequirePermission>
    ),
  },
];
