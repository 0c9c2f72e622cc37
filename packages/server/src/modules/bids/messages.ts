// Server texts of the bids area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const BID_MESSAGES = {} satisfies Record<string, Texts>;
