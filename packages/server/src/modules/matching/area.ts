// The matching area: the catalogue of what the market offers, referrals to the municipality's
// matching team, and the documents of the offer survey (contract, service specification,
// evidence pack) with the not-approved rule's follow-through.
import type { Area } from '../../platform/area.ts';
import { CATALOGUE_MESSAGES } from './catalogue/messages.ts';
import { catalogueRoutes } from './catalogue/routes.ts';
import { REFERRAL_MESSAGES } from './referrals/messages.ts';
import { referralRoutes } from './referrals/routes.ts';
import { SURVEY_DOCUMENT_MESSAGES } from './survey-documents/messages.ts';
import { notApprovedJobs } from './survey-documents/not-approved-job.ts';
import { surveyDocumentRoutes } from './survey-documents/routes.ts';

export const matchingArea: Area = {
  name: 'matching',
  routes: async (scope, deps) => {
    await catalogueRoutes(scope, deps);
    await referralRoutes(scope, deps);
    await surveyDocumentRoutes(scope, deps);
  },
  texts: { ...CATALOGUE_MESSAGES, ...REFERRAL_MESSAGES, ...SURVEY_DOCUMENT_MESSAGES },
  jobs: [...notApprovedJobs],
};
