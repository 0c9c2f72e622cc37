// Server texts of the stafflists area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const STAFF_LIST_MESSAGES = {} satisfies Record<string, Texts>;
