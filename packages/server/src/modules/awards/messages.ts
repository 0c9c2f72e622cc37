// Server texts of the awards area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const AWARD_MESSAGES = {} satisfies Record<string, Texts>;
