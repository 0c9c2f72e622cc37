// The suppliers area: suppliers and their establishments, consultants and contacts, permits and
// supervision, compliance documents and price lists.
import type { Area } from '../../platform/area.ts';
import { documentJobs } from './documents/jobs.ts';
import { DOCUMENT_MESSAGES } from './documents/messages.ts';
import { documentRoutes } from './documents/routes.ts';
import { PERMIT_MESSAGES } from './permits/messages.ts';
import { permitRoutes } from './permits/routes.ts';
import { PRICE_MESSAGES } from './prices/messages.ts';
import { priceRoutes } from './prices/routes.ts';
import { SUPPLIER_MESSAGES } from './suppliers/messages.ts';
import { supplierRoutes } from './suppliers/routes.ts';

export const suppliersArea: Area = {
  name: 'suppliers',
  routes: async (scope, deps) => {
    await supplierRoutes(scope, deps);
    await permitRoutes(scope, deps);
    await documentRoutes(scope, deps);
    await priceRoutes(scope, deps);
  },
  texts: { ...SUPPLIER_MESSAGES, ...PERMIT_MESSAGES, ...DOCUMENT_MESSAGES, ...PRICE_MESSAGES },
  jobs: documentJobs,
};
