import type { Locale } from '../../../lib/types';

/** A category's name in the user's language. */
export function categoryName(
  category: { nameSv: string; nameDa: string; nameEn: string },
  locale: Locale,
): string {
  return locale === 'sv' ? category.nameSv : locale === 'da' ? category.nameDa : category.nameEn;
}
