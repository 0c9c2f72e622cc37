// What the agreements API answers and takes, from its OpenAPI contract (lib/api-types.ts).
import type { Answer, Body } from '../../../lib/api';

type Agreements = '/api/organisations/{orgId}/agreements';
type OneAgreement = '/api/organisations/{orgId}/agreements/{agreementId}';

export type AgreementSummary = Answer<Agreements>['items'][number];
export type AgreementStatus = AgreementSummary['status'];

export type AgreementDetail = Answer<OneAgreement>;
export type Lot =
  Answer<'/api/organisations/{orgId}/agreements/{agreementId}/lots'>['items'][number];
export type LotSupplier = Lot['suppliers'][number];
export type SupplierStatus = LotSupplier['status'];
export type Requirement = AgreementDetail['requirements'][number];

export type Timeline =
  Answer<'/api/organisations/{orgId}/agreements/{agreementId}/suppliers/{supplierId}/timeline'>;
export type TimelineEvent = Timeline['events']['items'][number];

/** What a draft can be built from: the owner's categories, mandate and the country's suppliers. */
export type DraftingChoices = Answer<'/api/organisations/{orgId}/agreements/drafting-choices'>;

export type CallOffMethodKind = Lot['method']['kind'];
export type PriceUnit = DraftingChoices['categories'][number]['defaultUnit'];

export type AgreementInput = Body<Agreements, 'post'>;
export type StatusChangeInput = Body<
  '/api/organisations/{orgId}/agreements/{agreementId}/suppliers/{supplierId}/status',
  'post'
>;
export type LotInput = Body<'/api/organisations/{orgId}/agreements/{agreementId}/lots', 'post'>;
export type LotSupplierInput = Body<
  '/api/organisations/{orgId}/agreements/{agreementId}/lots/{lotId}/suppliers',
  'post'
>;
export type RequirementInput = Body<
  '/api/organisations/{orgId}/agreements/{agreementId}/requirements',
  'post'
>;
