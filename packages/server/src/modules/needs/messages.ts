// Server texts of the needs area (problem messages) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const NEED_MESSAGES = {} satisfies Record<string, Texts>;
