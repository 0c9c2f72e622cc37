// Target groups are stored and sent as codes ("children_0_12"); people read their names. One
// place turns a code into the name in the user's language, so every page says the same thing.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_DEFAULT_TARGET_GROUPS, type Names } from '@tildel/domain/taxonomy';
import { isLocale, type Locale } from './types';

/** A target group with its names, as the taxonomy and the catalogue filters answer them. */
export interface NamedTargetGroup {
  code: string;
  names: Names;
}

// Swedish and Danish defaults: a Danish offer's groups have names wherever it is shown.
const DEFAULT_NAMES = new Map<string, Names>(
  ALL_DEFAULT_TARGET_GROUPS.map((g) => [g.code, g.names]),
);

/**
 * The name of a target group in this language: from `known` first (a body's own taxonomy, which
 * may rename a default group or add its own), then from the default target groups, and the code
 * itself only when neither knows it.
 */
export function targetGroupLabel(
  code: string,
  locale: Locale,
  known: readonly NamedTargetGroup[] = [],
): string {
  const names = known.find((g) => g.code === code)?.names ?? DEFAULT_NAMES.get(code);
  return names?.[locale] ?? code;
}

/** `targetGroupLabel` in the user's language, following a change of language. */
export function useTargetGroupLabel(known?: readonly NamedTargetGroup[]): (code: string) => string {
  const { i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'en';
  return useCallback((code: string) => targetGroupLabel(code, locale, known), [locale, known]);
}
