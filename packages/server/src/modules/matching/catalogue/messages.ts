// Server texts of the catalogue area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const CATALOGUE_MESSAGES = {
  'catalogue.category_not_found': {
    sv: 'Kategorin finns inte bland de kategorier ni kan söka i.',
    da: 'Kategorien findes ikke blandt de kategorier, I kan søge i.',
    en: 'This category is not among the categories you can search.',
  },
  'catalogue.criteria.needs_category': {
    sv: 'Välj en kategori för att filtrera eller sortera på pris; priser gäller per kategori.',
    da: 'Vælg en kategori for at filtrere eller sortere efter pris; priser gælder pr. kategori.',
    en: 'Choose a category to filter or sort by price; prices are per category.',
  },
  'catalogue.criteria.needs_origin': {
    sv: 'Välj en kommun att mäta avståndet från.',
    da: 'Vælg en kommune at måle afstanden fra.',
    en: 'Choose a municipality to measure the distance from.',
  },
  'catalogue.criteria.unknown_municipality': {
    sv: 'Det finns ingen kommun med den koden.',
    da: 'Der findes ingen kommune med den kode.',
    en: 'There is no municipality with this code.',
  },
  'catalogue.criteria.price_range_inverted': {
    sv: 'Det högsta priset får inte vara lägre än det lägsta.',
    da: 'Den højeste pris må ikke være lavere end den laveste.',
    en: 'The highest price cannot be lower than the lowest.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof CATALOGUE_MESSAGES> {}
}
