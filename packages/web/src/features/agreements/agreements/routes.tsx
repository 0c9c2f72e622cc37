// The agreements pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import type { AgreementPageSlots } from './AgreementPage';

/** The agreement page shows other areas' sections: app/router.tsx passes them in as `slots`. */
export const agreementRoutes = (slots: AgreementPageSlots): RouteObject[] => [
  {
    path: 'agreements',
    ...lazyPage(async () => {
      const { AgreementsPage } = await import('./AgreementsPage');
      return (
        <RequirePermission permission={PERMISSIONS.agreementsRead}>
          <AgreementsPage />
        </RequirePermission>
      );
    }),
  },
  {
    path: 'agreements/:agreementId',
    ...lazyPage(async () => {
      const { AgreementPage } = await import('./AgreementPage');
      return (
        <RequirePermission permission={PERMISSIONS.agreementsRead}>
          <AgreementPage {...slots} />
        </RequirePermission>
      );
    }),
  },
];
