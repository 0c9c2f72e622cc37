// Server texts of the taxonomy area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const TAXONOMY_MESSAGES = {
  'taxonomy.code_taken': {
    sv: 'Koden "{code}" används redan i er taxonomi. Välj en annan kod.',
    da: 'Koden "{code}" bruges allerede i jeres taksonomi. Vælg en anden kode.',
    en: 'The code "{code}" is already used in your taxonomy. Choose another code.',
  },
  'taxonomy.already_retired': {
    sv: 'Posten är redan avvecklad.',
    da: 'Posten er allerede udfaset.',
    en: 'This entry is already retired.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof TAXONOMY_MESSAGES> {}
}
