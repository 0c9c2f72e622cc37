// The organisations area: tenants, users and memberships, sessions, the platform admin's routes,
// the audit trail, sent messages, the in-app inbox, work lists, the header's search, reference
// data and the health check.
import type { Area } from '../../platform/area.ts';
import { isAdjustable } from '../../platform/clock.ts';
import { auditRoutes } from './audit/routes.ts';
import { HEALTH_MESSAGES } from './health/messages.ts';
import { healthRoutes } from './health/routes.ts';
import { IDENTITY_PROVIDER_MESSAGES } from './identity-provider/messages.ts';
import { identityProviderRoutes } from './identity-provider/routes.ts';
import { MAIL_ALERT_MESSAGES } from './mail-alerts/messages.ts';
import { mailAlertJobs } from './mail-alerts/service.ts';
import { notificationRoutes } from './notifications/routes.ts';
import { oidcSignInRoutes } from './oidc-sign-in/routes.ts';
import { organisationRoutes } from './organisations/routes.ts';
import { clockRoutes } from './platform-admin/clock-routes.ts';
import { platformRoutes } from './platform-admin/routes.ts';
import { referenceRoutes } from './reference/routes.ts';
import { SEARCH_MESSAGES } from './search/messages.ts';
import { searchRoutes } from './search/routes.ts';
import { messageRoutes } from './sent-messages/routes.ts';
import { sessionRoutes } from './session/routes.ts';
import { worklistRoutes } from './worklist/routes.ts';

export const organisationsArea: Area = {
  name: 'organisations',
  routes: async (scope, deps) => {
    await healthRoutes(scope, deps);
    await sessionRoutes(scope, deps);
    await oidcSignInRoutes(scope, deps);
    await identityProviderRoutes(scope, deps);
    await organisationRoutes(scope, deps);
    await auditRoutes(scope, deps);
    await messageRoutes(scope, deps);
    await referenceRoutes(scope);
    await platformRoutes(scope, deps);
    await worklistRoutes(scope, deps);
    await notificationRoutes(scope, deps);
    await searchRoutes(scope, deps);
    // Moving the clock is a demonstration aid, only where the configuration allows it.
    if (deps.config.clockControl && isAdjustable(deps.clock))
      await clockRoutes(scope, deps, deps.clock);
  },
  texts: {
    ...SEARCH_MESSAGES,
    ...HEALTH_MESSAGES,
    ...MAIL_ALERT_MESSAGES,
    ...IDENTITY_PROVIDER_MESSAGES,
  },
  jobs: mailAlertJobs,
};
