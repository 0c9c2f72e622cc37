// Server texts of the call-offs area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const CALLOFF_MESSAGES = {} satisfies Record<string, Texts>;
