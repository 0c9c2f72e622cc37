// Server texts of the corrections area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const CORRECTION_MESSAGES = {} satisfies Record<string, Texts>;
