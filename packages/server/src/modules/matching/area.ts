// The matching area: the catalogue of what the market offers; matching referrals to offers and the
// documented offer survey come next.
import type { Area } from '../../platform/area.ts';
import { CATALOGUE_MESSAGES } from './catalogue/messages.ts';
import { catalogueRoutes } from './catalogue/routes.ts';
import { SURVEY_DOCUMENT_MESSAGES } from './survey-documents/messages.ts';
import { notApprovedJobs } from './survey-documents/not-approved-job.ts';
import { surveyDocumentRoutes } from './survey-documents/routes.ts';

export const matchingArea: Area = {
  name: 'matching',
  routes: async (scope, deps) => {
    await catalogueRoutes(scope, deps);
    await surveyDocumentRoutes(scope, deps);
  },
  texts: { ...CATALOGUE_MESSAGES, ...SURVEY_DOCUMENT_MESSAGES },
  jobs: [...notApprovedJobs],
};
