// Server texts of the catalogue area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const CATALOGUE_MESSAGES = {} satisfies Record<string, Texts>;
