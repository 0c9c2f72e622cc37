// The company's own establishments and consultants as files to download: the columns of their
// pages, services, educations and areas as words in the reader's language. Only the company itself
// reads either list (the consultants are personal data).
import type { Static } from 'typebox';
import type { EducationCode } from '@tildel/domain/consultant';
import type { TableColumn } from '../../../platform/export.ts';
import type { Locale, Texts } from '../../../platform/i18n.ts';
import { SERVICE_KIND } from './registry-export.ts';
import type { consultant, establishment } from './schemas.ts';

type EstablishmentRow = Static<typeof establishment>;
type ConsultantRow = Static<typeof consultant>;

const instant = (value: Date | string | null) => (value === null ? null : new Date(value));

export const ESTABLISHMENT_LIST_NAME: Texts = {
  sv: 'verksamheter',
  da: 'tilbud',
  en: 'establishments',
};

export const ESTABLISHMENT_COLUMNS: readonly TableColumn<EstablishmentRow>[] = [
  { header: { sv: 'Namn', da: 'Navn', en: 'Name' }, value: (e) => e.name },
  {
    header: { sv: 'Tjänst', da: 'Ydelse', en: 'Service' },
    value: (e, locale) => SERVICE_KIND[e.serviceKind][locale],
  },
  {
    header: { sv: 'Kommun', da: 'Kommune', en: 'Municipality' },
    value: (e) => e.municipalityName ?? e.municipalityCode,
  },
  {
    header: { sv: 'Lediga platser', da: 'Ledige pladser', en: 'Free places' },
    value: (e) => e.placesFree,
  },
  { header: { sv: 'Platser', da: 'Pladser', en: 'Places' }, value: (e) => e.placesTotal },
  {
    header: { sv: 'Platser rapporterade', da: 'Pladser meldt', en: 'Places reported' },
    value: (e) => instant(e.placesUpdatedAt),
  },
  { header: { sv: 'Ålder från', da: 'Alder fra', en: 'Age from' }, value: (e) => e.ageMin },
  { header: { sv: 'Ålder till', da: 'Alder til', en: 'Age to' }, value: (e) => e.ageMax },
  {
    header: { sv: 'Stängd sedan', da: 'Lukket siden', en: 'Closed since' },
    value: (e) => instant(e.closedAt),
  },
];

export const CONSULTANT_LIST_NAME: Texts = {
  sv: 'konsulter',
  da: 'konsulenter',
  en: 'consultants',
};

/** Educations as the consultants page names them. */
const EDUCATION: Record<EducationCode, Texts> = {
  socionomexamen: {
    sv: 'Socionomexamen',
    da: 'Socionomuddannelse (SE)',
    en: 'Social work degree (socionom)',
  },
  socialradgiver: {
    sv: 'Socialrådgivare (DK)',
    da: 'Socialrådgiver',
    en: 'Social worker (socialrådgiver)',
  },
  beteendevetare: {
    sv: 'Beteendevetare',
    da: 'Adfærdsvidenskab',
    en: 'Behavioural science degree',
  },
  other: { sv: 'Annan utbildning', da: 'Anden uddannelse', en: 'Other education' },
};

/** Areas of work as the consultants page names them; an area of a body's own stays as written. */
const AREA: Record<string, Texts> = {
  children_youth: { sv: 'Barn och unga', da: 'Børn og unge', en: 'Children and youth' },
  adult_addiction: { sv: 'Vuxna missbruk', da: 'Voksne med misbrug', en: 'Adult addiction' },
  financial_assistance: {
    sv: 'Ekonomiskt bistånd',
    da: 'Økonomisk hjælp',
    en: 'Financial assistance',
  },
  disability: { sv: 'Funktionsnedsättning', da: 'Handicap', en: 'Disability' },
};

const YEARS: Texts = { sv: 'år', da: 'år', en: 'years' };

const experienceOf = (c: ConsultantRow, locale: Locale) =>
  c.experience
    .map((x) => `${AREA[x.area]?.[locale] ?? x.area}: ${x.years} ${YEARS[locale]}`)
    .join(', ');

export const CONSULTANT_COLUMNS: readonly TableColumn<ConsultantRow>[] = [
  { header: { sv: 'Namn', da: 'Navn', en: 'Name' }, value: (c) => c.name },
  {
    header: { sv: 'Utbildning', da: 'Uddannelse', en: 'Education' },
    value: (c, locale) =>
      c.educations.map((e) => `${EDUCATION[e.code][locale]} (${e.year})`).join(', '),
  },
  { header: { sv: 'Erfarenhet', da: 'Erfaring', en: 'Experience' }, value: experienceOf },
  { header: { sv: 'Språk', da: 'Sprog', en: 'Languages' }, value: (c) => c.languages.join(', ') },
  {
    header: { sv: 'Tillgänglig från', da: 'Tilgængelig fra', en: 'Available from' },
    value: (c) => c.availableFrom,
    date: true,
  },
  {
    header: { sv: 'Omfattning %', da: 'Omfang %', en: 'Extent %' },
    // The page reads an availability without an extent as full time.
    value: (c) => (c.availableFrom ? (c.availableExtentPercent ?? 100) : c.availableExtentPercent),
  },
];
