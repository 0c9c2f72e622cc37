// The replay's filters as the address holds them, so a replay is a link that can be shared.
import type { Basis, ModelKind, ReplayQuery } from './api';

export const SCOPES = ['calloff', 'agreement', 'period'] as const;
export type Scope = (typeof SCOPES)[number];
export const MODEL_KINDS: readonly ModelKind[] = [
  'lowest_price',
  'comparison_price',
  'price_per_quality_point',
  'weighted_score',
];
export const BASES: readonly Basis[] = ['unit_price', 'expected_total'];

export interface ReplayForm {
  scope: Scope;
  calloffId: string;
  agreementId: string;
  from: string;
  to: string;
  model: ModelKind;
  basis: Basis;
  priceWeight: number;
  qualityWeight: number;
}

function oneOf<T extends string>(values: readonly T[], given: string | null, fallback: T): T {
  return values.find((v) => v === given) ?? fallback;
}

function weight(given: string | null, fallback: number): number {
  const n = Number(given);
  return given !== null && Number.isInteger(n) && n >= 0 ? n : fallback;
}

export function formOf(search: URLSearchParams): ReplayForm {
  return {
    scope: oneOf(SCOPES, search.get('scope'), 'period'),
    calloffId: search.get('calloffId') ?? '',
    agreementId: search.get('agreementId') ?? '',
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
    model: oneOf(MODEL_KINDS, search.get('model'), 'lowest_price'),
    basis: oneOf(BASES, search.get('basis'), 'unit_price'),
    priceWeight: weight(search.get('priceWeight'), 60),
    qualityWeight: weight(search.get('qualityWeight'), 40),
  };
}

/** The address of a form: only what its scope and model use. */
export function searchOf(form: ReplayForm): URLSearchParams {
  const search = new URLSearchParams({ scope: form.scope });
  if (form.scope === 'calloff') search.set('calloffId', form.calloffId);
  if (form.scope === 'agreement') search.set('agreementId', form.agreementId);
  if (form.scope === 'period') {
    search.set('from', form.from);
    search.set('to', form.to);
  }
  search.set('model', form.model);
  search.set('basis', form.basis);
  if (form.model === 'weighted_score') {
    search.set('priceWeight', String(form.priceWeight));
    search.set('qualityWeight', String(form.qualityWeight));
  }
  return search;
}

/** The API query of a form whose scope is chosen; null while it is not. */
export function queryOf(form: ReplayForm): ReplayQuery | null {
  const model = {
    model: form.model,
    basis: form.basis,
    ...(form.model === 'weighted_score'
      ? { priceWeight: form.priceWeight, qualityWeight: form.qualityWeight }
      : {}),
  };
  if (form.scope === 'calloff')
    return form.calloffId ? { calloffId: form.calloffId, ...model } : null;
  if (form.scope === 'agreement')
    return form.agreementId ? { agreementId: form.agreementId, ...model } : null;
  return form.from && form.to ? { from: form.from, to: form.to, ...model } : null;
}
