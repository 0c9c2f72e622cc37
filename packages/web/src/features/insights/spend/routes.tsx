// The insights pages of spend and prices, mounted under the signed-in layout by app/router.tsx.
// They share one lazily loaded module (pages.ts), so the entry carries one preload list for them.
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';
import { RequirePermission } from '../../../components/guards';
import { PERMISSIONS } from '../../../lib/types';

const PAGES = [
  ['insights', 'InsightsPage'],
  ['insights/spend', 'SpendPage'],
  ['insights/prices', 'PricesPage'],
] as const;

export const spendRoutes: RouteObject[] = PAGES.map(([path, name]) => ({
  path,
  ...lazyPage(async () => {
    const Page = (await import('./pages'))[name];
    return (
      <RequirePermission permission={PERMISSIONS.insightsRead}>
        <Page />
      </RequirePermission>
    );
  }),
}));
