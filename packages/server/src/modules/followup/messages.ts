// Server texts of the followup area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const FOLLOWUP_MESSAGES = {} satisfies Record<string, Texts>;
