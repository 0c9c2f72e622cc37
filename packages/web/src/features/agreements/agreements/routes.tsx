// The agreements pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import { AgreementPage, type AgreementPageSlots } from './AgreementPage';
import { AgreementsPage } from './AgreementsPage';

/** The agreement page shows other areas' sections: app/router.tsx passes them in as `slots`. */
export const agreementRoutes = (slots: AgreementPageSlots): RouteObject[] => [
  {
    path: 'agreements',
    element: (
      <RequirePermission permission={PERMISSIONS.agreementsRead}>
        <AgreementsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'agreements/:agreementId',
    element: (
      <RequirePermission permission={PERMISSIONS.agreementsRead}>
        <AgreementPage {...slots} />
      </RequirePermission>
    ),
  },
];
