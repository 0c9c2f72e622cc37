// A municipality is stored as its official code ("1290", "751"); people read its name. The
// reference list is the domain's (JSON only: nothing of the holiday calendar comes with it).
import { findMunicipality } from '@tildel/domain/reference/municipalities';
import type { Country } from './types';

/** "Kristianstad (1290)", "Vesthimmerlands (851)"; the code as given when no municipality has it. */
export function municipalityLabel(country: Country, code: string): string {
  const municipality = findMunicipality(country, code);
  return municipality ? `${municipality.name} (${municipality.code})` : code;
}
