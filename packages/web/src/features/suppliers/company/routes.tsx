// The company pages, mounted under the signed-in layout by app/router.tsx.
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { lazyPage } from '../../../lib/lazy-page';
import { PERMISSIONS } from '../../../lib/types';

const guarded = (page: ReactNode) => (
  <RequirePermission permission={PERMISSIONS.supplierProfileRead}>{page}</RequirePermission>
);

export const companyRoutes: RouteObject[] = [
  {
    path: 'company',
    ...lazyPage(async () => {
      const { CompanyProfilePage } = await import('./CompanyProfilePage');
      return guarded(<CompanyProfilePage />);
    }),
  },
  {
    path: 'company/establishments',
    ...lazyPage(async () => {
      const { EstablishmentsPage } = await import('./EstablishmentsPage');
      return guarded(<EstablishmentsPage />);
    }),
  },
  {
    path: 'company/consultants',
    ...lazyPage(async () => {
      const { ConsultantsPage } = await import('./ConsultantsPage');
      return guarded(<ConsultantsPage />);
    }),
  },
];
