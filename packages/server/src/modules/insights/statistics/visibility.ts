// Who sees which figures in the statistics, as one rule per kind of organisation: a municipality
// its own call-offs; a joint procurement body the call-offs under its agreements and DPSs (so
// every participating municipality's); a supplier only its own answers to invitations and
// nothing of others. repo.ts turns the rule into the rows each view may count.

import type { OrganisationKind } from '@tildel/domain/permissions';
import type { InsightScope } from '../scope-repo.ts';

/** The organisation asking: the same scope every insights view narrows by. */
export type Viewer = InsightScope;

export interface Visibility {
  /** Call-offs counted: the municipality's own, those under the body's agreements and DPSs, none. */
  calloffs: 'own' | 'under_own_frameworks' | 'none';
  /** Agreements and DPSs whose follow-up and decisions count. */
  frameworks: 'owned' | 'owned_or_participating' | 'none';
  /** Supplier figures: every supplier invited to the visible call-offs, or the caller's own. */
  suppliers: 'invited_to_visible' | 'own';
}

export function visibilityOf(kind: OrganisationKind): Visibility {
  switch (kind) {
    case 'municipality':
      return {
        calloffs: 'own',
        frameworks: 'owned_or_participating',
        suppliers: 'invited_to_visible',
      };
    case 'procurement_body':
      return {
        calloffs: 'under_own_frameworks',
        frameworks: 'owned',
        suppliers: 'invited_to_visible',
      };
    case 'supplier':
      return { calloffs: 'none', frameworks: 'none', suppliers: 'own' };
  }
}
