// The words behind each glossary term: the Swedish and the Danish word, the same whatever the
// reader's language (people work across the border and meet both), and the group the glossary
// lists it under. The term's name, definition and place in Tildel are texts in i18n/.
import type { GlossaryTermId } from '../../../lib/glossary';

export const GLOSSARY_GROUPS = ['agreements', 'calloffs', 'services', 'followup'] as const;
export type GlossaryGroup = (typeof GLOSSARY_GROUPS)[number];

export interface TermWords {
  group: GlossaryGroup;
  /** The Swedish word; null when Swedish practice has none. */
  sv: string | null;
  /** The Danish word; null when Danish practice has none. */
  da: string | null;
}

export const TERM_WORDS: Record<GlossaryTermId, TermWords> = {
  ramavtal: { group: 'agreements', sv: 'ramavtal', da: 'rammeaftale' },
  delomrade: { group: 'agreements', sv: 'delområde', da: 'delaftale' },
  dis: {
    group: 'agreements',
    sv: 'dynamiskt inköpssystem (DIS)',
    da: 'dynamisk indkøbssystem (DIS)',
  },
  kvalificering: { group: 'agreements', sv: 'kvalificering', da: 'kvalifikation' },
  egenforsakran: { group: 'agreements', sv: 'egenförsäkran (ESPD)', da: 'egenerklæring (ESPD)' },
  avrop: { group: 'calloffs', sv: 'avrop', da: 'afrop' },
  rangordning: { group: 'calloffs', sv: 'rangordning (kaskad)', da: 'rangordning (kaskade)' },
  'fornyad-konkurrensutsattning': {
    group: 'calloffs',
    sv: 'förnyad konkurrensutsättning',
    da: 'miniudbud',
  },
  tilbudsafdaekning: { group: 'calloffs', sv: null, da: 'tilbudsafdækning' },
  'ska-krav': { group: 'calloffs', sv: 'ska-krav', da: 'mindstekrav' },
  'bor-krav': { group: 'calloffs', sv: 'bör-krav', da: 'ønsket krav' },
  jamforelsepris: { group: 'calloffs', sv: 'jämförelsepris', da: 'sammenligningspris' },
  mervardesavdrag: { group: 'calloffs', sv: 'mervärdesavdrag', da: 'fradrag' },
  'forseglade-anbud': {
    group: 'calloffs',
    sv: 'förseglade anbud, anbudsöppning',
    da: 'forseglede tilbud, åbning af tilbud',
  },
  tilldelningsbeslut: { group: 'calloffs', sv: 'tilldelningsbeslut', da: 'tildelingsbeslutning' },
  avtalsspar: { group: 'calloffs', sv: 'avtalsspärr', da: 'standstill' },
  avropsavtal: { group: 'calloffs', sv: 'avropsavtal', da: 'kontrakt' },
  hyrsocionom: { group: 'services', sv: 'hyrsocionom', da: 'vikar-socialrådgiver' },
  hvb: { group: 'services', sv: 'HVB (hem för vård eller boende)', da: 'døgninstitution' },
  stodboende: { group: 'services', sv: 'stödboende', da: 'støttet bolig' },
  botilbud: { group: 'services', sv: null, da: 'botilbud' },
  ivo: { group: 'followup', sv: 'IVO (Inspektionen för vård och omsorg)', da: null },
  socialtilsynet: { group: 'followup', sv: null, da: 'Socialtilsynet' },
  uppfoljning: {
    group: 'followup',
    sv: 'uppföljning, uppföljningsbesök',
    da: 'opfølgning, opfølgningsbesøg',
  },
  personallista: { group: 'followup', sv: 'personallista (bemanningslista)', da: 'personaleliste' },
  personaltathet: { group: 'followup', sv: 'personaltäthet', da: 'normering' },
  'vaken-nattpersonal': { group: 'followup', sv: 'vaken nattpersonal', da: 'vågen nattevagt' },
  'anmodan-om-rattelse': {
    group: 'followup',
    sv: 'anmodan om rättelse',
    da: 'påbud om berigtigelse',
  },
  dold: { group: 'followup', sv: 'dold, hävd', da: 'skjult, ophævet' },
};
