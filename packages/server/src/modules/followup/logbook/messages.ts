// Server texts of the logbook area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const LOGBOOK_MESSAGES = {
  'logbook.not_on_agreement': {
    sv: 'Leverantören (och enheten) finns inte på något av era ramavtal.',
    da: 'Leverandøren (og tilbuddet) findes ikke på nogen af jeres rammeaftaler.',
    en: 'The supplier (and establishment) is not on one of your framework agreements.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof LOGBOOK_MESSAGES> {}
}
