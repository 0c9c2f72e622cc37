// Server texts of the statistics views (problem messages) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const STATISTICS_MESSAGES = {
  'statistics.period_reversed': {
    sv: 'Periodens slut ligger före dess början.',
    da: 'Periodens slutning ligger før dens begyndelse.',
    en: 'The period ends before it begins.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this part's keys
  interface ServerTexts extends Readonly<typeof STATISTICS_MESSAGES> {}
}
