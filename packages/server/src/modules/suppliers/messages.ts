// Server texts of the suppliers area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const SUPPLIER_MESSAGES = {} satisfies Record<string, Texts>;
