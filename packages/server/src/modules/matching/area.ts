// The matching area: the catalogue of what the market offers; the suppliers' offers and their
// freshness, notes from supplier meetings and the matching settings; referrals to the
// municipality's matching team, proposals for them, the documented offer survey and its documents
// (contract, service specification, evidence pack) with the not-approved rule's follow-through.
import type { Area } from '../../platform/area.ts';
import { CATALOGUE_MESSAGES } from './catalogue/messages.ts';
import { catalogueRoutes } from './catalogue/routes.ts';
import { meetingNoteRoutes } from './meeting-notes/routes.ts';
import { offerJobs } from './offers/jobs.ts';
import { OFFER_MESSAGES } from './offers/messages.ts';
import { offerRoutes } from './offers/routes.ts';
import { proposalsRoutes } from './proposals/routes.ts';
import { REFERRAL_MESSAGES } from './referrals/messages.ts';
import { referralRoutes } from './referrals/routes.ts';
import { SETTINGS_MESSAGES } from './settings/messages.ts';
import { settingsRoutes } from './settings/routes.ts';
import { surveyJobs } from './survey/expiry.ts';
import { SURVEY_MESSAGES } from './survey/messages.ts';
import { surveyRoutes } from './survey/routes.ts';
import { SURVEY_DOCUMENT_MESSAGES } from './survey-documents/messages.ts';
import { notApprovedJobs } from './survey-documents/not-approved-job.ts';
import { surveyDocumentRoutes } from './survey-documents/routes.ts';

export const matchingArea: Area = {
  name: 'matching',
  routes: async (scope, deps) => {
    await catalogueRoutes(scope, deps);
    await offerRoutes(scope, deps);
    await meetingNoteRoutes(scope, deps);
    await settingsRoutes(scope, deps);
    await proposalsRoutes(scope, deps);
    await referralRoutes(scope, deps);
    await surveyRoutes(scope, deps);
    await surveyDocumentRoutes(scope, deps);
  },
  texts: {
    ...CATALOGUE_MESSAGES,
    ...OFFER_MESSAGES,
    ...SETTINGS_MESSAGES,
    ...REFERRAL_MESSAGES,
    ...SURVEY_MESSAGES,
    ...SURVEY_DOCUMENT_MESSAGES,
  },
  jobs: [...offerJobs, ...surveyJobs, ...notApprovedJobs],
};
