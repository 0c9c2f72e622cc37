// The corrections area's routes and the permission each must declare (merged in access-matrix.test.ts).
import type { RoutePermission } from '../../src/platform/access.ts';

export const CORRECTION_ROUTES: Record<string, RoutePermission> = {};
