// The logbook area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const LOGBOOK_ROUTES: Record<string, RoutePermission> = {};
