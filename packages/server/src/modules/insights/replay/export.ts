// The replay's table of call-offs as a file to download: the bid awarded against the bid the other
// model would pick, prices and the cost difference in major units beside the currency, and why a
// call-off could not be replayed in words. Only opened bids are ever in it (service.ts).
import type { Static } from 'typebox';
import { majorUnits, type TableColumn } from '../../../platform/export.ts';
import type { Texts } from '../../../platform/i18n.ts';
import type { REFUSAL_CODES, replayResponse } from './schemas.ts';

type ReplayRow = Static<typeof replayResponse>['rows'][number];

export const REPLAY_NAME: Texts = { sv: 'omprovning', da: 'genberegning', en: 'replay' };

const REFUSAL: Record<(typeof REFUSAL_CODES)[number], Texts> = {
  not_opened: {
    sv: 'Kan inte omprövas: anbuden har inte öppnats.',
    da: 'Kan ikke genberegnes: tilbuddene er ikke åbnet.',
    en: 'Cannot be replayed: the bids have not been opened.',
  },
  not_awarded: {
    sv: 'Kan inte omprövas: inget tilldelningsbeslut är fattat.',
    da: 'Kan ikke genberegnes: der er ikke truffet en tildelingsbeslutning.',
    en: 'Cannot be replayed: no award has been decided.',
  },
  model_not_applicable: {
    sv: 'Modellen kan inte värdera anbuden.',
    da: 'Modellen kan ikke værdisætte tilbuddene.',
    en: 'The model cannot value these bids.',
  },
};

export const REPLAY_COLUMNS: readonly TableColumn<ReplayRow>[] = [
  { header: { sv: 'Avrop', da: 'Afrop', en: 'Call-off' }, value: (r) => r.title },
  { header: { sv: 'Kommun', da: 'Kommune', en: 'Municipality' }, value: (r) => r.municipalityName },
  {
    header: { sv: 'Avtal eller DIS', da: 'Aftale eller DIS', en: 'Agreement or DPS' },
    value: (r) => r.source?.reference ?? null,
  },
  {
    header: { sv: 'Sista anbudsdag', da: 'Tilbudsfrist', en: 'Tender deadline' },
    value: (r) => new Date(r.tenderDeadline),
  },
  { header: { sv: 'Valuta', da: 'Valuta', en: 'Currency' }, value: (r) => r.currency },
  {
    header: { sv: 'Tilldelat', da: 'Tildelt', en: 'Awarded' },
    value: (r) => r.actual?.supplierName ?? null,
  },
  {
    header: { sv: 'Tilldelat, pris', da: 'Tildelt, pris', en: 'Awarded, price' },
    value: (r) => (r.actual ? majorUnits(r.actual.unitPriceMinor) : null),
  },
  {
    header: {
      sv: 'Med den andra modellen',
      da: 'Med den anden model',
      en: 'Under the other model',
    },
    value: (r, locale) => r.replayed?.supplierName ?? REFUSAL[r.refusal ?? 'not_awarded'][locale],
  },
  {
    header: {
      sv: 'Med den andra modellen, pris',
      da: 'Med den anden model, pris',
      en: 'Under the other model, price',
    },
    value: (r) => (r.replayed ? majorUnits(r.replayed.unitPriceMinor) : null),
  },
  {
    header: {
      sv: 'Kostnadsskillnad över förväntad volym',
      da: 'Omkostningsforskel over forventet mængde',
      en: 'Cost difference over the expected volume',
    },
    value: (r) => (r.differenceMinor === null ? null : majorUnits(r.differenceMinor)),
  },
];
