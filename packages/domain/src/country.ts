// The countries Tildel serves. Kept apart from calendar.ts so the web app can use the list
// without bundling the holiday library.
export type Country = 'SE' | 'DK';
export const COUNTRIES: readonly Country[] = ['SE', 'DK'];

export function isCountry(value: string): value is Country {
  return (COUNTRIES as readonly string[]).includes(value);
}
