// Server texts of the invitations area (problem messages, emails) in sv, da and en.
import type { Texts } from '../../platform/i18n.ts';

export const INVITATION_MESSAGES = {} satisfies Record<string, Texts>;
