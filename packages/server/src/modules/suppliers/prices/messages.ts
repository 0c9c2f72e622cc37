// Server texts of the prices area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const PRICE_MESSAGES = {
  'price.category_unknown': {
    sv: 'Tjänstekategorin finns inte eller används inte längre.',
    da: 'Ydelseskategorien findes ikke eller bruges ikke længere.',
    en: 'The service category does not exist or is no longer in use.',
  },
  'price.establishment_unknown': {
    sv: 'Verksamheten tillhör inte leverantören.',
    da: 'Tilbuddet tilhører ikke leverandøren.',
    en: 'The establishment does not belong to the supplier.',
  },
  'price.agreement_unknown': {
    sv: 'Ramavtalet finns inte hos er organisation.',
    da: 'Rammeaftalen findes ikke i jeres organisation.',
    en: 'The framework agreement does not belong to your organisation.',
  },
  'price.valid_to_before_from': {
    sv: 'Giltig till kan inte vara före giltig från.',
    da: 'Gyldig til kan ikke ligge før gyldig fra.',
    en: 'Valid to cannot be before valid from.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof PRICE_MESSAGES> {}
}
