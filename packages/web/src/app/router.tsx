import { lazy, Suspense } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { Loading } from '../components/Loading';
import { lazyPage, withTexts } from '../lib/lazy-page';
import { ROUTE_TEXTS } from '../lib/route-texts';
import { AppLayout } from './AppLayout';
import { PublicLayout } from './PublicLayout';
import { OpenLayout } from './OpenLayout';
import { FullPageLoader } from '../components/FullPageLoader';
import { RequireAuth, RequirePermission, RequirePlatformAdmin } from '../components/guards';
import { PERMISSIONS } from '../lib/types';
import { notificationRoutes } from '../features/organisations/notifications/routes';
import { NotFoundPage } from './NotFoundPage';
import { agreementRoutes } from '../features/agreements/agreements/routes';
import { calloffRoutes } from '../features/calloffs/calloffs/routes';
import { cascadeRoutes } from '../features/calloffs/cascade/routes';
import { catalogueRoutes } from '../features/matching/catalogue/routes';
import { referralRoutes } from '../features/matching/referrals/routes';
import { offerRoutes } from '../features/matching/offers/routes';
import { offerRequestRoutes } from '../features/matching/survey/routes';
import { statisticsRoutes } from '../features/insights/statistics/routes';
import { companyRoutes } from '../features/suppliers/company/routes';
import { documentRoutes } from '../features/suppliers/documents/routes';
import { correctionRoutes } from '../features/followup/corrections/routes';
import { dpsRoutes } from '../features/agreements/dps/routes';
import { followupRoutes } from '../features/followup/followup/routes';
import { logbookRoutes } from '../features/followup/logbook/routes';
import { needRoutes } from '../features/calloffs/needs/routes';
import { orderRoutes } from '../features/calloffs/orders/routes';
import { permitRoutes } from '../features/suppliers/permits/routes';
import { priceRoutes } from '../features/suppliers/prices/routes';
import { staffListRoutes } from '../features/followup/stafflists/routes';
import { supplierRoutes } from '../features/suppliers/suppliers/routes';
import { taxonomyRoutes } from '../features/agreements/taxonomy/routes';
import { tenderRoutes } from '../features/calloffs/tenders/routes';
import { searchRoutes } from '../features/organisations/search/routes';
import { replayRoutes } from '../features/insights/replay/routes';
import { spendRoutes } from '../features/insights/spend/routes';
import { RouteErrorPage } from './RouteErrorPage';

// Follow-up's sections on the agreement and supplier pages, fetched with the page that shows them.
const LogbookPanel = lazy(async () => ({
  default: (await import('../features/followup/logbook/LogbookPanel')).LogbookPanel,
}));
const EstablishmentHidingSection = lazy(async () => ({
  default: (await import('../features/followup/hiding/EstablishmentHidingSection'))
    .EstablishmentHidingSection,
}));
const SupplierTimelineSection = lazy(async () => ({
  default: (await import('../features/followup/hiding/SupplierTimelineSection'))
    .SupplierTimelineSection,
}));

export const router = createBrowserRouter([
  {
    element: <Outlet />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        path: '/login',
        ...lazyPage(
          async () => {
            const { LoginPage } = await import('../features/organisations/auth/LoginPage');
            return (
              <PublicLayout languagePicker={false}>
                <LoginPage />
              </PublicLayout>
            );
          },
          <FullPageLoader />,
        ),
      },
      ...withTexts(ROUTE_TEXTS.organisations, [
        {
          path: '/invitation/:token',
          ...lazyPage(
            async () => {
              const { AcceptInvitationPage } =
                await import('../features/organisations/user-invitation/AcceptInvitationPage');
              return (
                <PublicLayout>
                  <AcceptInvitationPage />
                </PublicLayout>
              );
            },
            <FullPageLoader />,
          ),
        },
      ]),
      {
        // Open to anyone: it holds no personal data. The page is loaded when first opened.
        path: '/glossary',
        element: <OpenLayout />,
        hydrateFallbackElement: <FullPageLoader />,
        children: withTexts(ROUTE_TEXTS.organisations, [
          {
            index: true,
            lazy: async () => {
              const { GlossaryPage } =
                await import('../features/organisations/glossary/GlossaryPage');
              return { Component: GlossaryPage };
            },
          },
        ]),
      },
      {
        path: '/',
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [
          ...withTexts(ROUTE_TEXTS.home, [
            {
              index: true,
              ...lazyPage(async () => {
                const { HomePage } = await import('./home/HomePage');
                return <HomePage />;
              }),
            },
          ]),
          ...withTexts(ROUTE_TEXTS.organisations, [...notificationRoutes, ...searchRoutes]),
          ...withTexts(ROUTE_TEXTS.calloffs, [
            ...needRoutes,
            ...calloffRoutes,
            ...tenderRoutes,
            ...orderRoutes,
            ...cascadeRoutes,
          ]),
          ...withTexts(ROUTE_TEXTS.followup, [
            ...followupRoutes,
            ...staffListRoutes,
            ...correctionRoutes,
            ...logbookRoutes,
          ]),
          ...withTexts(ROUTE_TEXTS.matching, [
            ...catalogueRoutes,
            ...offerRoutes,
            ...referralRoutes,
            ...offerRequestRoutes,
          ]),
          ...withTexts(ROUTE_TEXTS.insights, replayRoutes),
          ...withTexts(ROUTE_TEXTS.insights, statisticsRoutes),
          ...withTexts(ROUTE_TEXTS.insights, spendRoutes),
          // The agreement and supplier pages show follow-up's sections; the areas meet here.
          ...withTexts(ROUTE_TEXTS.agreements, [
            ...agreementRoutes({
              establishmentHiding: (props) => (
                <Suspense fallback={<Loading />}>
                  <EstablishmentHidingSection {...props} />
                </Suspense>
              ),
            }),
            ...dpsRoutes,
            ...taxonomyRoutes,
          ]),
          ...withTexts(ROUTE_TEXTS.suppliers, [
            ...supplierRoutes({
              logbook: ({ orgId, supplierId }) => (
                <Suspense fallback={<Loading />}>
                  <LogbookPanel orgId={orgId} supplierId={supplierId} />
                </Suspense>
              ),
              timeline: ({ orgId, supplierId }) => (
                <Suspense fallback={<Loading />}>
                  <SupplierTimelineSection orgId={orgId} supplierId={supplierId} />
                </Suspense>
              ),
            }),
            ...permitRoutes,
            ...companyRoutes,
            ...documentRoutes,
            ...priceRoutes,
          ]),
          ...withTexts(ROUTE_TEXTS.insights, [
            {
              path: 'admin/open-data',
              ...lazyPage(async () => {
                const { OpenDataPage } = await import('../features/insights/ocds/OpenDataPage');
                return (
                  <RequirePermission permission={PERMISSIONS.ocdsPublish}>
                    <OpenDataPage />
                  </RequirePermission>
                );
              }),
            },
          ]),
          ...withTexts(ROUTE_TEXTS.organisations, [
            {
              path: 'admin/users',
              ...lazyPage(async () => {
                const { UsersPage } = await import('../features/organisations/users/UsersPage');
                return (
                  <RequirePermission permission={PERMISSIONS.membersRead}>
                    <UsersPage />
                  </RequirePermission>
                );
              }),
            },
            {
              path: 'admin/audit',
              ...lazyPage(async () => {
                const { AuditPage } = await import('../features/organisations/audit/AuditPage');
                return (
                  <RequirePermission permission={PERMISSIONS.auditRead}>
                    <AuditPage />
                  </RequirePermission>
                );
              }),
            },
            {
              path: 'admin/messages',
              ...lazyPage(async () => {
                const { MessagesPage } =
                  await import('../features/organisations/sent-messages/MessagesPage');
                return (
                  <RequirePermission permission={PERMISSIONS.messagesRead}>
                    <MessagesPage />
                  </RequirePermission>
                );
              }),
            },
            {
              path: 'platform/organisations',
              ...lazyPage(async () => {
                const { PlatformOrganisationsPage } =
                  await import('../features/organisations/platform-admin/PlatformOrganisationsPage');
                return (
                  <RequirePlatformAdmin>
                    <PlatformOrganisationsPage />
                  </RequirePlatformAdmin>
                );
              }),
            },
          ]),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
