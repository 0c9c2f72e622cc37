// Server texts of the agreements area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const AGREEMENT_MESSAGES = {} satisfies Record<string, Texts>;
