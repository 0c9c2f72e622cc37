/** Types of the Tildel HTTP API as the web app sees them. */
import type { Country } from '@tildel/domain/country';
import {
  ROLES,
  type OrganisationKind,
  type Permission,
  type Role as DomainRole,
} from '@tildel/domain/permissions';
import type { Answer } from './api';

export const LOCALES = ['sv', 'da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

// Roles and organisation kinds come from the one permission table in the domain package.
export { ROLES };
/** A role the web app knows by name; the server may send others, which are shown as given. */
export type KnownRole = DomainRole;
export type Role = KnownRole | (string & {});
export type { OrganisationKind, Country };

/** The signed-in user's view (GET /api/me, and every call that signs in or changes the session). */
export type Me = Answer<'/api/me'>;
export type User = Me['user'];
export type Membership = Me['memberships'][number];
export type Organisation = Membership['organisation'];

export const PERMISSIONS = {
  membersRead: 'members.read',
  membersManage: 'members.manage',
  auditRead: 'audit.read',
  messagesRead: 'messages.read',
  catalogueRead: 'catalogue.read',
  suppliersRead: 'suppliers.read',
  suppliersRegister: 'suppliers.register',
  supplierProfileRead: 'supplier_profile.read',
  supplierProfileManage: 'supplier_profile.manage',
  permitsManage: 'permits.manage',
  pricesNegotiate: 'prices.negotiate',
  taxonomyManage: 'taxonomy.manage',
  agreementsRead: 'agreements.read',
  agreementsManage: 'agreements.manage',
  supplierStatusManage: 'supplier_status.manage',
  dpsRead: 'dps.read',
  dpsManage: 'dps.manage',
  dpsApply: 'dps.apply',
  needsRead: 'needs.read',
  needsManage: 'needs.manage',
  referralsRead: 'referrals.read',
  referralsSend: 'referrals.send',
  matchingManage: 'matching.manage',
  matchingConfigure: 'matching.configure',
  calloffsRead: 'calloffs.read',
  calloffsManage: 'calloffs.manage',
  tendersRead: 'tenders.read',
  tendersRespond: 'tenders.respond',
  ordersRead: 'orders.read',
  ordersManage: 'orders.manage',
  followupRead: 'followup.read',
  followupManage: 'followup.manage',
  followupRespond: 'followup.respond',
  logbookRead: 'logbook.read',
  logbookWrite: 'logbook.write',
  insightsRead: 'insights.read',
  ocdsPublish: 'ocds.publish',
} as const satisfies Record<string, Permission>;

export type Member = Answer<'/api/organisations/{orgId}/members'>['items'][number];
export type Invitation = Answer<'/api/organisations/{orgId}/invitations'>['items'][number];

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export function invitationStatus(inv: Invitation, now: number = Date.now()): InvitationStatus {
  if (inv.acceptedAt) return 'accepted';
  if (inv.revokedAt) return 'revoked';
  if (Date.parse(inv.expiresAt) <= now) return 'expired';
  return 'pending';
}

export interface ItemList<T> {
  items: T[];
}
