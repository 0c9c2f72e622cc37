// The dps API as the web app sees it, from its OpenAPI contract (lib/api-types.ts).
import type { Answer as AnswerOf, Body } from '../../../lib/api';

export type DpsSummary = AnswerOf<'/api/organisations/{orgId}/dps'>['items'][number];
export type DpsDetail = AnswerOf<'/api/organisations/{orgId}/dps/{dpsId}'>;
export type Category = DpsSummary['categories'][number];
export type Requirement = DpsDetail['requirements'][number];
export type ValidityChange = DpsDetail['validityChanges'][number];

type Market = AnswerOf<'/api/organisations/{orgId}/dps-market'>;
export type MarketItem = Market['items'][number];
export type OwnDocument = Market['documents'][number];

export type Application = AnswerOf<'/api/organisations/{orgId}/dps-applications'>['items'][number];
export type ApplicationStatus = Application['status'];
export type ApplicationDetail =
  AnswerOf<'/api/organisations/{orgId}/dps-applications/{applicationId}'>;

/** The statuses in the order the queue's filter offers them. */
export const APPLICATION_STATUSES = [
  'pending',
  'approved',
  'rejected',
  'withdrawn',
  'excluded',
] as const satisfies readonly ApplicationStatus[];

/** A supplier admitted to a category. */
export type Admission =
  AnswerOf<'/api/organisations/{orgId}/dps/{dpsId}/suppliers'>['items'][number];

export type DeclarationRequest =
  AnswerOf<'/api/organisations/{orgId}/dps-declaration-requests'>['items'][number];

/** A supplier's answer to one requirement: a declaration, a number or a document. */
export type Answer = Body<
  '/api/organisations/{orgId}/dps-market/{dpsId}/applications',
  'post'
>['answers'][number];

export type NewDps = Body<'/api/organisations/{orgId}/dps', 'post'>;

export type SetUpChoices = AnswerOf<'/api/organisations/{orgId}/dps-setup'>;
export type RequirementTemplate = SetUpChoices['requirements'][number];
