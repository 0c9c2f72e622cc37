// Server texts of the permits area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const PERMIT_MESSAGES = {} satisfies Record<string, Texts>;
