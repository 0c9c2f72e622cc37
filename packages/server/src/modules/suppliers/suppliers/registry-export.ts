// The supplier registry as a file to download: the columns of the suppliers page, in the reader's
// language.
import type { Static } from 'typebox';
import type { ServiceKind } from '@tildel/domain/taxonomy';
import type { TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import type { registryPage } from './schemas.ts';

type RegistryRow = Static<typeof registryPage>['items'][number];

export const REGISTRY_LIST_NAME: Texts = {
  sv: 'leverantorer',
  da: 'leverandorer',
  en: 'suppliers',
};

/** Service kinds as the suppliers page names them. */
export const SERVICE_KIND: Record<ServiceKind, Texts> = {
  staffing: { sv: 'Bemanning', da: 'Vikarer', en: 'Staffing' },
  hvb: { sv: 'HVB', da: 'Døgninstitution', en: 'Residential care (HVB)' },
  supported_housing: { sv: 'Stödboende', da: 'Støttet bolig', en: 'Supported housing' },
  family_home: { sv: 'Familjehem', da: 'Plejefamilie', en: 'Family home' },
  botilbud: { sv: 'Boende (botilbud)', da: 'Botilbud', en: 'Residential service (botilbud)' },
  open_care: { sv: 'Öppenvård', da: 'Ambulant indsats', en: 'Open care' },
  supervision: { sv: 'Handledning', da: 'Supervision', en: 'Supervision' },
};

const COUNTRY: Record<RegistryRow['country'], Texts> = {
  SE: { sv: 'Sverige', da: 'Sverige', en: 'Sweden' },
  DK: { sv: 'Danmark', da: 'Danmark', en: 'Denmark' },
};

export const REGISTRY_COLUMNS: readonly TableColumn<RegistryRow>[] = [
  { header: { sv: 'Leverantör', da: 'Leverandør', en: 'Supplier' }, value: (s) => s.name },
  { header: { sv: 'Nummer', da: 'Nummer', en: 'Number' }, value: (s) => s.identifier },
  {
    header: { sv: 'Land', da: 'Land', en: 'Country' },
    value: (s, locale) => COUNTRY[s.country][locale],
  },
  { header: { sv: 'Ort', da: 'By', en: 'City' }, value: (s) => s.city },
  {
    header: { sv: 'Tjänster', da: 'Ydelser', en: 'Services' },
    value: (s, locale) => s.serviceKinds.map((k) => SERVICE_KIND[k][locale]).join(', '),
  },
  {
    header: { sv: 'Verksamheter', da: 'Tilbud', en: 'Establishments' },
    value: (s) => s.establishmentCount,
  },
  {
    header: { sv: 'Konsulter', da: 'Konsulenter', en: 'Consultants' },
    value: (s) => s.consultantCount,
  },
];
