// The municipality's needs as a file to download: the columns of the needs list (title, kind,
// state, author, last change) in the reader's language. Never a need's details: the person's needs
// in words and anything else about the person stay in the need.
import type { NeedKind } from '@tildel/domain/need';
import type { TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import type { NeedStatus } from '../../../db/types.ts';
import type { NeedSummary } from './service.ts';

export const NEED_LIST_NAME: Texts = { sv: 'behov', da: 'behov', en: 'needs' };

/** Kinds and states as the needs list names them. */
const KIND: Record<NeedKind, Texts> = {
  staffing: { sv: 'Bemanning', da: 'Bemanding', en: 'Staffing' },
  placement: { sv: 'Placering', da: 'Anbringelse', en: 'Placement' },
  intervention: { sv: 'Insats', da: 'Indsats', en: 'Intervention' },
};

const STATUS: Record<NeedStatus, Texts> = {
  draft: { sv: 'Utkast', da: 'Kladde', en: 'Draft' },
  submitted: { sv: 'Skickat', da: 'Sendt', en: 'Submitted' },
  in_calloff: { sv: 'I avrop', da: 'I afrop', en: 'In call-off' },
  fulfilled: { sv: 'Tillgodosett', da: 'Opfyldt', en: 'Fulfilled' },
  withdrawn: { sv: 'Återkallat', da: 'Trukket tilbage', en: 'Withdrawn' },
};

export const NEED_COLUMNS: readonly TableColumn<NeedSummary>[] = [
  { header: { sv: 'Rubrik', da: 'Overskrift', en: 'Title' }, value: (n) => n.title },
  { header: { sv: 'Typ', da: 'Type', en: 'Kind' }, value: (n, locale) => KIND[n.kind][locale] },
  {
    header: { sv: 'Status', da: 'Status', en: 'Status' },
    value: (n, locale) => STATUS[n.status][locale],
  },
  {
    header: { sv: 'Skapat av', da: 'Oprettet af', en: 'Created by' },
    value: (n) => n.createdBy.name,
  },
  {
    header: { sv: 'Senast ändrat', da: 'Sidst ændret', en: 'Last changed' },
    value: (n) => n.updatedAt,
  },
];
