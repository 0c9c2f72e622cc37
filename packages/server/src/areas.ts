// The seven areas of Tildel, in the order their routes and texts are registered at start.
import type { Area } from './platform/area.ts';
import { agreementsArea } from './modules/agreements/area.ts';
import { calloffsArea } from './modules/calloffs/area.ts';
import { followupArea } from './modules/followup/area.ts';
import { insightsArea } from './modules/insights/area.ts';
import { matchingArea } from './modules/matching/area.ts';
import { organisationsArea } from './modules/organisations/area.ts';
import { suppliersArea } from './modules/suppliers/area.ts';
import { registerTexts } from './platform/i18n.ts';

export const AREAS: readonly Area[] = [
  organisationsArea,
  suppliersArea,
  agreementsArea,
  matchingArea,
  calloffsArea,
  followupArea,
  insightsArea,
];

/** Registers every area's server texts (idempotent: the app and the worker both call it). */
export function registerAreaTexts(): void {
  for (const area of AREAS) registerTexts(area.texts);
}
