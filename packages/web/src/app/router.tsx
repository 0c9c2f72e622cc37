import { createBrowserRouter, Outlet } from 'react-router';
import { AppLayout } from './AppLayout';
import { PublicLayout } from './PublicLayout';
import { OpenLayout } from './OpenLayout';
import { FullPageLoader } from '../components/FullPageLoader';
import { RequireAuth, RequirePermission, RequirePlatformAdmin } from '../components/guards';
import { PERMISSIONS } from '../lib/types';
import { LoginPage } from '../features/organisations/auth/LoginPage';
import { HomePage } from './home/HomePage';
import { UsersPage } from '../features/organisations/users/UsersPage';
import { AuditPage } from '../features/organisations/audit/AuditPage';
import { MessagesPage } from '../features/organisations/sent-messages/MessagesPage';
import { PlatformOrganisationsPage } from '../features/organisations/platform-admin/PlatformOrganisationsPage';
import { AcceptInvitationPage } from '../features/organisations/user-invitation/AcceptInvitationPage';
import { notificationRoutes } from '../features/organisations/notifications/routes';
import { NotFoundPage } from './NotFoundPage';
import { agreementRoutes } from '../features/agreements/agreements/routes';
import { calloffRoutes } from '../features/calloffs/calloffs/routes';
import { cascadeRoutes } from '../features/calloffs/cascade/routes';
import { catalogueRoutes } from '../features/matching/catalogue/routes';
import { companyRoutes } from '../features/suppliers/company/routes';
import { documentRoutes } from '../features/suppliers/documents/routes';
import { correctionRoutes } from '../features/followup/corrections/routes';
import { dpsRoutes } from '../features/agreements/dps/routes';
import { followupRoutes } from '../features/followup/followup/routes';
import { logbookRoutes } from '../features/followup/logbook/routes';
import { LogbookPanel } from '../features/followup/logbook/LogbookPanel';
import { EstablishmentHidingSection } from '../features/followup/hiding/EstablishmentHidingSection';
import { SupplierTimelineSection } from '../features/followup/hiding/SupplierTimelineSection';
import { needRoutes } from '../features/calloffs/needs/routes';
import { orderRoutes } from '../features/calloffs/orders/routes';
import { permitRoutes } from '../features/suppliers/permits/routes';
import { priceRoutes } from '../features/suppliers/prices/routes';
import { staffListRoutes } from '../features/followup/stafflists/routes';
import { supplierRoutes } from '../features/suppliers/suppliers/routes';
import { taxonomyRoutes } from '../features/agreements/taxonomy/routes';
import { tenderRoutes } from '../features/calloffs/tenders/routes';
import { searchRoutes } from '../features/organisations/search/routes';
import { RouteErrorPage } from './RouteErrorPage';

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
        // Open to anyone: it holds no personal data. The page is loaded when first opened.
        path: '/glossary',
        element: <OpenLayout />,
        hydrateFallbackElement: <FullPageLoader />,
        children: [
          {
            index: true,
            lazy: async () => {
              const { GlossaryPage } =
                await import('../features/organisations/glossary/GlossaryPage');
              return { Component: GlossaryPage };
            },
          },
        ],
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
          ...notificationRoutes,
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
          // The agreement and supplier pages show follow-up's sections; the areas meet here.
          ...agreementRoutes({
            establishmentHiding: (props) => <EstablishmentHidingSection {...props} />,
          }),
          ...dpsRoutes,
          ...supplierRoutes({
            logbook: ({ orgId, supplierId }) => (
              <LogbookPanel orgId={orgId} supplierId={supplierId} />
            ),
            timeline: ({ orgId, supplierId }) => (
              <SupplierTimelineSection orgId={orgId} supplierId={supplierId} />
            ),
          }),
          ...taxonomyRoutes,
          ...permitRoutes,
          ...companyRoutes,
          ...documentRoutes,
          ...priceRoutes,
          ...searchRoutes,
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
