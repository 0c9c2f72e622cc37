// The documents pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';
import { DocumentsPage } from './DocumentsPage';

export const documentRoutes: RouteObject[] = [
  {
    path: 'company/documents',
    element: (
      <RequirePermission permission={PERMISSIONS.supplierProfileRead}>
        <DocumentsPage />
      </RequirePermission>
    ),
  },
];
