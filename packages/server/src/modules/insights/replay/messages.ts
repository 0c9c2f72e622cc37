// Server texts of the evaluation-model replay (problem messages) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const REPLAY_MESSAGES = {
  'replay.not_for_suppliers': {
    sv: 'Omprövning av utvärderingsmodeller är till för köpare, inte för leverantörer.',
    da: 'Genberegning med andre evalueringsmodeller er for købere, ikke for leverandører.',
    en: 'Replaying evaluation models is for buyers, not for suppliers.',
  },
  'replay.scope_required': {
    sv: 'Välj ett avrop, ett avtal eller en period (från och till).',
    da: 'Vælg et afrop, en aftale eller en periode (fra og til).',
    en: 'Choose a call-off, an agreement or a period (from and to).',
  },
  'replay.to_before_from': {
    sv: 'Periodens slut kan inte vara före dess början.',
    da: 'Periodens slutning kan ikke ligge før dens begyndelse.',
    en: 'The end of the period cannot be before its start.',
  },
  'replay.weights_required': {
    sv: 'Ange vikter för pris och kvalitet som hela tal, noll eller större, som inte båda är noll.',
    da: 'Angiv vægte for pris og kvalitet som hele tal, nul eller større, som ikke begge er nul.',
    en: 'Enter weights for price and quality as whole numbers of zero or more, not both zero.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this part's keys
  interface ServerTexts extends Readonly<typeof REPLAY_MESSAGES> {}
}
