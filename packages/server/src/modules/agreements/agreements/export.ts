// The framework agreements an organisation sees as a file to download: the columns of the list,
// the status as a word in the reader's language.
import type { Static } from 'typebox';
import type { AgreementStatus } from '@tildel/domain/agreement-lifecycle';
import type { TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import type { agreementList } from './schemas.ts';

type AgreementRow = Static<typeof agreementList>['items'][number];

export const AGREEMENT_LIST_NAME: Texts = {
  sv: 'ramavtal',
  da: 'rammeaftaler',
  en: 'framework-agreements',
};

/** Statuses as the agreements list names them. */
const STATUS: Record<AgreementStatus, Texts> = {
  draft: { sv: 'Utkast', da: 'Udkast', en: 'Draft' },
  active: { sv: 'Aktivt', da: 'Aktiv', en: 'Active' },
  expired: { sv: 'Utgånget', da: 'Udløbet', en: 'Expired' },
  terminated: { sv: 'Hävt', da: 'Ophævet', en: 'Terminated' },
};

export const AGREEMENT_COLUMNS: readonly TableColumn<AgreementRow>[] = [
  {
    header: { sv: 'Diarienummer', da: 'Reference', en: 'Reference' },
    value: (a) => a.reference,
  },
  { header: { sv: 'Benämning', da: 'Titel', en: 'Title' }, value: (a) => a.title },
  {
    header: { sv: 'Status', da: 'Status', en: 'Status' },
    value: (a, locale) => STATUS[a.status][locale],
  },
  { header: { sv: 'Startar', da: 'Starter', en: 'Starts' }, value: (a) => a.startsOn, date: true },
  {
    header: { sv: 'Slutar', da: 'Slutter', en: 'Ends' },
    value: (a) => a.currentEndsOn,
    date: true,
  },
  {
    header: {
      sv: 'Med alla förlängningar till',
      da: 'Med alle forlængelser til',
      en: 'With every extension until',
    },
    value: (a) => a.latestPossibleEnd,
    date: true,
  },
  {
    header: {
      sv: 'Skäl för längre än fyra år',
      da: 'Begrundelse for mere end fire år',
      en: 'Reason for longer than four years',
    },
    value: (a) => a.longPeriodReason,
  },
  { header: { sv: 'Avtalsägare', da: 'Aftaleejer', en: 'Owner' }, value: (a) => a.ownerName },
];
