// Server texts of the documents area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const DOCUMENT_MESSAGES = {} satisfies Record<string, Texts>;
