// The platform's organisation register as a file to download: the columns of the register, kind
// and country as words in the reader's language.
import type { Static } from 'typebox';
import type { TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import type { platformOrganisation } from './schemas.ts';

type OrganisationRow = Static<typeof platformOrganisation>;

export const REGISTER_NAME: Texts = {
  sv: 'organisationer',
  da: 'organisationer',
  en: 'organisations',
};

const KIND: Record<OrganisationRow['kind'], Texts> = {
  procurement_body: {
    sv: 'Upphandlingsorganisation',
    da: 'Indkøbsorganisation',
    en: 'Procurement body',
  },
  municipality: { sv: 'Kommun', da: 'Kommune', en: 'Municipality' },
  supplier: { sv: 'Leverantör', da: 'Leverandør', en: 'Supplier' },
};

const COUNTRY: Record<OrganisationRow['country'], Texts> = {
  SE: { sv: 'Sverige', da: 'Sverige', en: 'Sweden' },
  DK: { sv: 'Danmark', da: 'Danmark', en: 'Denmark' },
};

export const REGISTER_COLUMNS: readonly TableColumn<OrganisationRow>[] = [
  { header: { sv: 'Namn', da: 'Navn', en: 'Name' }, value: (o) => o.name },
  { header: { sv: 'Typ', da: 'Type', en: 'Kind' }, value: (o, locale) => KIND[o.kind][locale] },
  {
    header: { sv: 'Land', da: 'Land', en: 'Country' },
    value: (o, locale) => COUNTRY[o.country][locale],
  },
  {
    header: {
      sv: 'Organisationsnummer eller CVR-nummer',
      da: 'Organisationsnummer eller CVR-nummer',
      en: 'Organisation or CVR number',
    },
    value: (o) => o.identifier,
  },
  {
    header: { sv: 'Kommunkod', da: 'Kommunenummer', en: 'Municipality code' },
    value: (o) => o.municipalityCode,
  },
  { header: { sv: 'Medlemmar', da: 'Medlemmer', en: 'Members' }, value: (o) => o.memberCount },
  {
    header: { sv: 'Registrerad', da: 'Registreret', en: 'Registered' },
    value: (o) => (o.createdAt instanceof Date ? o.createdAt : new Date(o.createdAt)),
  },
];
