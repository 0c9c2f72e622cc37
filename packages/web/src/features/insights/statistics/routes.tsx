// The statistics pages, mounted under the signed-in layout by app/router.tsx.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

const statisticsPage = lazyPage(async () => {
  const { StatisticsPage } = await import('./StatisticsPage');
  return (
    <RequirePermission permission={PERMISSIONS.insightsRead}>
      <StatisticsPage />
    </RequirePermission>
  );
});

export const statisticsRoutes: RouteObject[] = [
  { path: 'insights/statistics', ...statisticsPage },
  { path: 'insights/statistics/:view', ...statisticsPage },
];
