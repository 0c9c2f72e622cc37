// Server texts of the OCDS part (problem messages) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const OCDS_MESSAGES = {
  'ocds.nothing_yet': {
    sv: 'Det finns inget att publicera ännu: ett utkast har inga OCDS-uppgifter.',
    da: 'Der er intet at offentliggøre endnu: et udkast har ingen OCDS-oplysninger.',
    en: 'There is nothing to publish yet: a draft has no OCDS data.',
  },
  'ocds.not_a_buyer': {
    sv: 'Bara en upphandlande organisation eller kommun publicerar sina upphandlingar som öppna data.',
    da: 'Kun en indkøbsorganisation eller kommune offentliggør sine indkøb som åbne data.',
    en: 'Only a procurement body or a municipality publishes its procurements as open data.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this part's keys
  interface ServerTexts extends Readonly<typeof OCDS_MESSAGES> {}
}
