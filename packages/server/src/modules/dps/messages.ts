// Server texts of the dps area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const DPS_MESSAGES = {} satisfies Record<string, Texts>;
