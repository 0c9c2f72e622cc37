// The agreements area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

const A = '/api/organisations/:orgId/agreements';

export const AGREEMENT_ROUTES: Record<string, RoutePermission> = {
  [`GET ${A}`]: 'agreements.read',
  [`GET ${A}/export`]: 'agreements.read',
  [`POST ${A}`]: 'agreements.manage',
  [`GET ${A}/drafting-choices`]: 'agreements.manage',
  [`GET ${A}/supplier-choices`]: 'agreements.manage',
  [`GET ${A}/:agreementId`]: 'agreements.read',
  [`GET ${A}/:agreementId/lots`]: 'agreements.read',
  [`PUT ${A}/:agreementId`]: 'agreements.manage',
  [`PUT ${A}/:agreementId/municipalities`]: 'agreements.manage',
  [`POST ${A}/:agreementId/lots`]: 'agreements.manage',
  [`PUT ${A}/:agreementId/lots/:lotId`]: 'agreements.manage',
  [`DELETE ${A}/:agreementId/lots/:lotId`]: 'agreements.manage',
  [`POST ${A}/:agreementId/lots/:lotId/suppliers`]: 'agreements.manage',
  [`DELETE ${A}/:agreementId/lots/:lotId/suppliers/:supplierId`]: 'agreements.manage',
  [`PUT ${A}/:agreementId/lots/:lotId/ranking`]: 'agreements.manage',
  [`POST ${A}/:agreementId/suppliers/:supplierId/status`]: 'supplier_status.manage',
  [`GET ${A}/:agreementId/suppliers/:supplierId/timeline`]: 'agreements.read',
  [`POST ${A}/:agreementId/requirements`]: 'agreements.manage',
  [`DELETE ${A}/:agreementId/requirements/:requirementId`]: 'agreements.manage',
  [`POST ${A}/:agreementId/activate`]: 'agreements.manage',
  [`POST ${A}/:agreementId/terminate`]: 'agreements.manage',
  [`POST ${A}/:agreementId/extensions`]: 'agreements.manage',
  [`GET ${A}/:agreementId/calloff-eligibility`]: 'agreements.read',
};
