export type Texts = Record<string, unknown>;

/**
 * Each part of an area keeps its texts beside it in features/<area>/<part>/i18n/<locale>.json,
 * under one top-level key of its own (for example { "dps": { ... } }); they join the shared texts.
 */
export function mergeTexts(shared: Texts, features: Record<string, Texts>): Texts {
  const merged: Texts = { ...shared };
  for (const texts of Object.values(features)) Object.assign(merged, texts);
  return merged;
}
