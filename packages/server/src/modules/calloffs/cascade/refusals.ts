// The domain's refusals as problems: what the caller typed wrong is a field problem (400), what
// the state of the cascade forbids is a conflict (409); each has its sv/da/en message.
import {
  MAX_RESPONSE_WINDOW,
  type CascadeRefusal,
  type ResponseWindow,
} from '@tildel/domain/procedures/ranking';
import { Problem } from '../../../platform/problem.ts';

const CONFLICTS: readonly CascadeRefusal[] = [
  'duplicate_supplier',
  'cascade_closed',
  'not_offered',
  'deadline_passed',
  'deadline_not_passed',
  'not_waiting',
];

/** The refusal as a problem naming `field` (the field the refused value came from). */
export function refusalProblem(refusal: CascadeRefusal, field: string, window?: ResponseWindow) {
  const key = `cascade.refusal.${refusal}` as const;
  const max = window ? MAX_RESPONSE_WINDOW[window.unit] : undefined;
  const params = refusal === 'invalid_window' && max !== undefined ? { max } : undefined;
  return new Problem(CONFLICTS.includes(refusal) ? 'conflict' : 'validation', key, {
    params,
    fields: [{ field, key, params }],
  });
}
