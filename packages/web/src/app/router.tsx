import { createBrowserRouter, Outlet } from 'react-router';
import { AppLayout } from './AppLayout';
import { PublicLayout } from './PublicLayout';
import { RequireAuth, RequirePermission, RequirePlatformAdmin } from './guards';
import { PERMISSIONS } from '../lib/types';
import { LoginPage } from '../features/auth/LoginPage';
import { HomePage } from '../features/home/HomePage';
import { UsersPage } from '../features/users/UsersPage';
import { AuditPage } from '../features/audit/AuditPage';
import { MessagesPage } from '../features/messages/MessagesPage';
import { PlatformOrganisationsPage } from '../features/platform/PlatformOrganisationsPage';
import { AcceptInvitationPage } from '../features/invitation/AcceptInvitationPage';
import { NotFoundPage } from '../features/misc/NotFoundPage';
import { agreementRoutes } from '../features/agreements/routes';
import { calloffRoutes } from '../features/calloffs/routes';
import { cascadeRoutes } from '../features/cascade/routes';
import { catalogueRoutes } from '../features/catalogue/routes';
import { companyRoutes } from '../features/company/routes';
import { documentRoutes } from '../features/documents/routes';
import { correctionRoutes } from '../features/corrections/routes';
import { dpsRoutes } from '../features/dps/routes';
import { followupRoutes } from '../features/followup/routes';
import { logbookRoutes } from '../features/logbook/routes';
import { needRoutes } from '../features/needs/routes';
import { orderRoutes } from '../features/orders/routes';
import { permitRoutes } from '../features/permits/routes';
import { priceRoutes } from '../features/prices/routes';
import { staffListRoutes } from '../features/stafflists/routes';
import { supplierRoutes } from '../features/suppliers/routes';
import { taxonomyRoutes } from '../features/taxonomy/routes';
import { tenderRoutes } from '../features/tenders/routes';
import { RouteErrorPage } from '../features/misc/RouteErrorPage';

export const router = createBrowserRouter([
  {
    element: <Outlet />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        path: '/login',
        element: (
          <PublicLayout languagePicker={false}>
            <LoginPage />
          </PublicLayout>
        ),
      },
      {
        path: '/invitation/:token',
        element: (
          <PublicLayout>
            <AcceptInvitationPage />
          </PublicLayout>
        ),
      },
      {
        path: '/',
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <HomePage /> },
          ...needRoutes,
          ...calloffRoutes,
          ...tenderRoutes,
          ...orderRoutes,
          ...cascadeRoutes,
          ...followupRoutes,
          ...staffListRoutes,
          ...correctionRoutes,
          ...logbookRoutes,
          ...catalogueRoutes,
          ...agreementRoutes,
          ...dpsRoutes,
          ...supplierRoutes,
          ...taxonomyRoutes,
          ...permitRoutes,
          ...companyRoutes,
          ...documentRoutes,
          ...priceRoutes,
          {
            path: 'admin/users',
            element: (
              <RequirePermission permission={PERMISSIONS.membersRead}>
                <UsersPage />
              </RequirePermission>
            ),
          },
          {
            path: 'admin/audit',
            element: (
              <RequirePermission permission={PERMISSIONS.auditRead}>
                <AuditPage />
              </RequirePermission>
            ),
          },
          {
            path: 'admin/messages',
            element: (
              <RequirePermission permission={PERMISSIONS.messagesRead}>
                <MessagesPage />
              </RequirePermission>
            ),
          },
          {
            path: 'platform/organisations',
            element: (
              <RequirePlatformAdmin>
                <PlatformOrganisationsPage />
              </RequirePlatformAdmin>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
