// Server texts of spend and prices: names of rows the data has no name for, and problems.
import type { Texts } from '../../../platform/i18n.ts';

export const SPEND_MESSAGES = {
  'insights.procedure.ranking': { sv: 'Rangordning', da: 'Rangordning', en: 'Ranking' },
  'insights.procedure.renewed_competition': {
    sv: 'Förnyad konkurrensutsättning',
    da: 'Fornyet konkurrence',
    en: 'Renewed competition',
  },
  'insights.procedure.dps_specific_contract': {
    sv: 'Kontrakt inom DIS',
    da: 'Kontrakt under DIS',
    en: 'Specific contract under a DPS',
  },
  'insights.procedure.offer_survey': {
    sv: 'Erbjudandekartläggning',
    da: 'Tilbudsafdækning',
    en: 'Offer survey',
  },
  'insights.service.none': {
    sv: 'Utan tjänstekategori',
    da: 'Uden ydelseskategori',
    en: 'No service category',
  },
  'insights.problem.period_order': {
    sv: 'Periodens början måste vara före dess slut.',
    da: 'Periodens start skal ligge før dens slutning.',
    en: 'The start of the period must come before its end.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this part's keys
  interface ServerTexts extends Readonly<typeof SPEND_MESSAGES> {}
}
