// The glossary's terms by their anchor ids: /glossary#<id> opens a term's entry. The ids are
// stable (links from forms, mail and bookmarks point at them); a new term adds an id here, its
// words in features/organisations/glossary/terms.ts and its texts in that part's i18n files.

/** Every term, in the order the glossary lists them within their groups. */
export const GLOSSARY_TERM_IDS = [
  // agreements and qualification
  'ramavtal',
  'delomrade',
  'dis',
  'kvalificering',
  'egenforsakran',
  // call-offs, evaluation and award
  'avrop',
  'rangordning',
  'fornyad-konkurrensutsattning',
  'tilbudsafdaekning',
  'ska-krav',
  'bor-krav',
  'jamforelsepris',
  'mervardesavdrag',
  'forseglade-anbud',
  'tilldelningsbeslut',
  'avtalsspar',
  'avropsavtal',
  // services and places
  'hyrsocionom',
  'hvb',
  'stodboende',
  'botilbud',
  // follow-up and supervision
  'ivo',
  'socialtilsynet',
  'uppfoljning',
  'personallista',
  'personaltathet',
  'vaken-nattpersonal',
  'anmodan-om-rattelse',
  'dold',
] as const;

export type GlossaryTermId = (typeof GLOSSARY_TERM_IDS)[number];

export const GLOSSARY_PATH = '/glossary';

/** The address of a term's entry. */
export function glossaryHref(term: GlossaryTermId): string {
  return `${GLOSSARY_PATH}#${term}`;
}

export function isGlossaryTermId(value: string): value is GlossaryTermId {
  return (GLOSSARY_TERM_IDS as readonly string[]).includes(value);
}
