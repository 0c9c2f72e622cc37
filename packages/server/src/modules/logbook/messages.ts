// Server texts of the logbook area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const LOGBOOK_MESSAGES = {} satisfies Record<string, Texts>;
