// The parts whose texts each group of pages needs besides the shared ones (i18n/<locale>.json and
// the header's parts): its own area's, the glossary's for its GlossaryLinks, and those of the
// sections another area lends it. test/route-texts.test.ts checks every text a file uses is here.
const GLOSSARY = 'organisations/glossary';

export const ROUTE_TEXTS = {
  /** The home page's work lists show call-offs, needs, tenders and referrals. */
  home: ['calloffs/calloffs', 'calloffs/needs', 'calloffs/tenders', 'matching/referrals'],
  organisations: ['organisations'],
  suppliers: ['suppliers', 'followup/hiding', 'followup/logbook', GLOSSARY],
  agreements: ['agreements', 'calloffs/cascade', 'followup/hiding', GLOSSARY],
  matching: ['matching', GLOSSARY],
  calloffs: ['calloffs', GLOSSARY],
  followup: ['followup', GLOSSARY],
  /** Statistics name procedures, call-off states and ranking reasons in the call-offs' words. */
  insights: ['insights', 'calloffs/calloffs', 'calloffs/needs', 'calloffs/cascade', GLOSSARY],
} as const satisfies Record<string, readonly string[]>;

/** Every part, fetched in the background once the first page shows. */
export const ALL_TEXTS = [
  'organisations',
  'suppliers',
  'agreements',
  'matching',
  'calloffs',
  'followup',
  'insights',
] as const;
