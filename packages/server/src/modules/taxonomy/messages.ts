// Server texts of the taxonomy area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const TAXONOMY_MESSAGES = {} satisfies Record<string, Texts>;
