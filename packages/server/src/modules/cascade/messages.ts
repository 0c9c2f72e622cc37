// Server texts of the cascade area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const CASCADE_MESSAGES = {} satisfies Record<string, Texts>;
