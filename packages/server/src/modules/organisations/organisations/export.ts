// The organisation's members and invitations as files to download: the columns of the users
// page, roles and an invitation's status as words in the reader's language.
import type { Role } from '@tildel/domain/permissions';
import type { TableColumn } from '../../../platform/export.ts';
import { t, type Locale, type Texts } from '../../../platform/i18n.ts';

interface MemberRow {
  name: string;
  email: string;
  roles: Role[];
  joinedAt: Date;
}

interface InvitationRow {
  email: string;
  roles: Role[];
  locale: Locale;
  invitedByName: string;
  createdAt: Date;
  expiresAt: Date;
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
}

export const MEMBER_LIST_NAME: Texts = { sv: 'medlemmar', da: 'medlemmer', en: 'members' };
export const INVITATION_LIST_NAME: Texts = {
  sv: 'inbjudningar',
  da: 'invitationer',
  en: 'invitations',
};

const rolesIn = (roles: readonly Role[], locale: Locale) =>
  roles.map((role) => t(locale, `role.${role}`)).join(', ');

const EMAIL: Texts = { sv: 'E-postadress', da: 'E-mailadresse', en: 'Email address' };
const ROLES: Texts = { sv: 'Roller', da: 'Roller', en: 'Roles' };

export const MEMBER_COLUMNS: readonly TableColumn<MemberRow>[] = [
  { header: { sv: 'Namn', da: 'Navn', en: 'Name' }, value: (m) => m.name },
  { header: EMAIL, value: (m) => m.email },
  { header: ROLES, value: (m, locale) => rolesIn(m.roles, locale) },
  {
    header: { sv: 'Medlem sedan', da: 'Medlem siden', en: 'Member since' },
    value: (m) => m.joinedAt,
  },
];

/** Each language in its own name, as the invitation list shows it. */
const LANGUAGE: Record<Locale, string> = { sv: 'Svenska', da: 'Dansk', en: 'English' };

const STATUS: Record<InvitationRow['status'], Texts> = {
  pending: { sv: 'Väntar på svar', da: 'Afventer svar', en: 'Awaiting reply' },
  accepted: { sv: 'Accepterad', da: 'Accepteret', en: 'Accepted' },
  revoked: { sv: 'Återkallad', da: 'Tilbagekaldt', en: 'Revoked' },
  expired: { sv: 'Utgången', da: 'Udløbet', en: 'Expired' },
};

export const INVITATION_COLUMNS: readonly TableColumn<InvitationRow>[] = [
  { header: EMAIL, value: (i) => i.email },
  { header: ROLES, value: (i, locale) => rolesIn(i.roles, locale) },
  { header: { sv: 'Språk', da: 'Sprog', en: 'Language' }, value: (i) => LANGUAGE[i.locale] },
  {
    header: { sv: 'Inbjuden av', da: 'Inviteret af', en: 'Invited by' },
    value: (i) => i.invitedByName,
  },
  { header: { sv: 'Skickad', da: 'Sendt', en: 'Sent' }, value: (i) => i.createdAt },
  { header: { sv: 'Gäller till', da: 'Gælder til', en: 'Valid until' }, value: (i) => i.expiresAt },
  {
    header: { sv: 'Status', da: 'Status', en: 'Status' },
    value: (i, locale) => STATUS[i.status][locale],
  },
];
