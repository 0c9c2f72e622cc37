// Server texts of the matching settings (problem messages) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const SETTINGS_MESSAGES = {
  'matching.settings.weights_sum': {
    sv: 'Vikterna ska tillsammans bli 100 poäng; nu blir de {sum}.',
    da: 'Vægtene skal tilsammen give 100 point; nu giver de {sum}.',
    en: 'The weights must add up to 100 points; now they add up to {sum}.',
  },
  'matching.settings.weight_missing': {
    sv: 'Ange en vikt.',
    da: 'Angiv en vægt.',
    en: 'Enter a weight.',
  },
  'matching.settings.weight_whole': {
    sv: 'En vikt är ett helt antal poäng.',
    da: 'En vægt er et helt antal point.',
    en: 'A weight is a whole number of points.',
  },
  'matching.settings.weight_range': {
    sv: 'En vikt är mellan 0 och 100 poäng.',
    da: 'En vægt er mellem 0 og 100 point.',
    en: 'A weight is between 0 and 100 points.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this part's keys
  interface ServerTexts extends Readonly<typeof SETTINGS_MESSAGES> {}
}
