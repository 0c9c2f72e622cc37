import type { TFunction } from 'i18next';
import type { Formatters } from '../../../lib/format';
import type { Requirement } from './types';

/** Units the server stores as codes; any other unit (a currency) is shown as given. */
const UNIT_KEYS: Record<string, string> = { years: 'dps.unit.years' };

/** "at least 2 years", in the reader's language. */
export function minimumText(t: TFunction, f: Formatters, requirement: Requirement): string {
  const unit = requirement.unit ?? '';
  return t('dps.requirement.minimum', {
    minimum: f.number(requirement.minimum ?? 0),
    unit: UNIT_KEYS[unit] ? t(UNIT_KEYS[unit]) : unit,
  });
}
