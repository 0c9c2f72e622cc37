// The supplier's survey request pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

export const offerRequestRoutes: RouteObject[] = [
  {
    path: 'company/offer-requests',
    ...lazyPage(async () => {
      const { OfferRequestsPage } = await import('./OfferRequestsPage');
      return (
        <RequirePermission permission={PERMISSIONS.tendersRead}>
          <OfferRequestsPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'company/offer-requests/:requestId',
    ...lazyPage(async () => {
      const { OfferRequestPage } = await import('./OfferRequestPage');
      return (
        <RequirePermission permission={PERMISSIONS.tendersRead}>
          <OfferRequestPage />
        </RequirePermission>
      );
    }),
  },
];
