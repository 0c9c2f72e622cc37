// Server texts of the prices area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const PRICE_MESSAGES = {} satisfies Record<string, Texts>;
