// The company pages, mounted under the signed-in layout by app/router.tsx.
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import { CompanyProfilePage } from './CompanyProfilePage';
import { ConsultantsPage } from './ConsultantsPage';
import { EstablishmentsPage } from './EstablishmentsPage';

const guarded = (page: ReactNode) => (
  <RequirePermission permission={PERMISSIONS.supplierProfileRead}>{page}</RequirePermission>
);

export const companyRoutes: RouteObject[] = [
  { path: 'company', element: guarded(<CompanyProfilePage />) },
  { path: 'company/establishments', element: guarded(<EstablishmentsPage />) },
  { path: 'company/consultants', element: guarded(<ConsultantsPage />) },
];
