// Server texts of the orders area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const ORDER_MESSAGES = {} satisfies Record<string, Texts>;
