// The insights pages in one lazily loaded module: the routes (routes.tsx) share one import, so
// the app's entry carries one list of chunks to preload for them, not one per page.
export { InsightsPage } from './InsightsPage';
export { PricesPage } from './PricesPage';
export { SpendPage } from './SpendPage';
