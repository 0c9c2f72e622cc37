// The one permission table: which role may do what. The server's access check and the web's
// navigation both read it, so they never disagree.

export const ROLES = [
  'caseworker',
  'buyer',
  'controller',
  'procurement_officer',
  'quality_officer',
  // A municipality's matching team (Odense's visitation, Aarhus's matchteam): takes referrals,
  // surveys offers, negotiates and chooses (DOMAIN.md "Offer survey").
  'matching_officer',
  'supplier_user',
  'supplier_admin',
  'org_admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = ['procurement_body', 'municipality', 'supplier'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PERMISSIONS = [
  'organisation.read',
  'members.read',
  'members.manage',
  'audit.read',
  'messages.read',
  // The market: suppliers, agreements and DPS (see DOMAIN.md "The things in it").
  'catalogue.read',
  'suppliers.read',
  'suppliers.register',
  'supplier_profile.read',
  'supplier_profile.manage',
  'permits.manage',
  'prices.negotiate',
  'taxonomy.manage',
  'agreements.read',
  'agreements.manage',
  // Hiding, lifting and terminating a supplier on an agreement: procurement and quality officers.
  'supplier_status.manage',
  'dps.read',
  'dps.manage',
  'dps.apply',
  // Needs and referrals: what a caseworker asks for (DOMAIN.md "Need / referral").
  'needs.read',
  'needs.manage',
  // Referrals to the matching team (issue 12): a caseworker sends them and follows their state.
  'referrals.read',
  'referrals.send',
  // The matching team's work: the queue, proposals, the offer survey, negotiation, the choice,
  // and notes from supplier meetings.
  'matching.manage',
  // How matching works in an organisation: freshness limit, weights, offers outside agreements.
  'matching.configure',
  // Call-offs: the buyer's request under one agreement or DPS (DOMAIN.md "Call-off").
  'calloffs.read',
  'calloffs.manage',
  // Tenders: the supplier's side of a call-off — inbox, questions, sealed bids, offers.
  'tenders.read',
  'tenders.respond',
  // Orders (avropsavtal): the municipality's, and the supplier's own received orders.
  'orders.read',
  'orders.manage',
  // Quality follow-up (DOMAIN.md step 6): plans, visits, staff lists, corrections; the logbook.
  'followup.read',
  'followup.manage',
  'logbook.read',
  'logbook.write',
  // The supplier's side of follow-up: staff lists asked of it, requests for correction.
  'followup.respond',
  // Insights (DOMAIN.md step 7): spend, prices, statistics, replay and exports. What a caller sees
  // is scoped by organisation: its own, a body's participating municipalities, a supplier's own.
  'insights.read',
  // Publishing the organisation's awarded data as open OCDS data: what the organisation discloses
  // to the public is decided by whoever administers it, like its members, so org_admin holds it.
  'ocds.publish',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Role → permissions. Every role may read its own organisation's profile. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  caseworker: [
    'organisation.read',
    'catalogue.read',
    'suppliers.read',
    'agreements.read',
    'needs.read',
    'needs.manage',
    'referrals.read',
    'referrals.send',
    'logbook.read',
  ],
  buyer: [
    'organisation.read',
    'catalogue.read',
    'suppliers.read',
    'agreements.read',
    'dps.read',
    'needs.read',
    'needs.manage',
    'referrals.read',
    'referrals.send',
    'matching.manage',
    'calloffs.read',
    'calloffs.manage',
    'orders.read',
    'orders.manage',
    'logbook.read',
    'insights.read',
  ],
  controller: [
    'organisation.read',
    'suppliers.read',
    'agreements.read',
    'dps.read',
    'calloffs.read',
    'orders.read',
    'insights.read',
  ],
  procurement_officer: [
    'organisation.read',
    'catalogue.read',
    'suppliers.read',
    'suppliers.register',
    'permits.manage',
    'prices.negotiate',
    'taxonomy.manage',
    'matching.configure',
    'agreements.read',
    'agreements.manage',
    'supplier_status.manage',
    'dps.read',
    'dps.manage',
    'followup.read',
    'logbook.read',
    'insights.read',
  ],
  quality_officer: [
    'organisation.read',
    'catalogue.read',
    'suppliers.read',
    'permits.manage',
    'agreements.read',
    'dps.read',
    'supplier_status.manage',
    'followup.read',
    'followup.manage',
    'logbook.read',
    'logbook.write',
    'insights.read',
  ],
  matching_officer: [
    'organisation.read',
    'catalogue.read',
    'suppliers.read',
    'agreements.read',
    'dps.read',
    'referrals.read',
    'matching.manage',
    'matching.configure',
    'orders.read',
    'logbook.read',
    'insights.read',
  ],
  // Supplier users keep their own company's data current; applying to a DPS is a declaration
  // on the company's behalf, so both supplier roles may do it (the admin also manages users).
  supplier_user: [
    'organisation.read',
    'supplier_profile.read',
    'supplier_profile.manage',
    'dps.apply',
    'tenders.read',
    'tenders.respond',
    'orders.read',
    'followup.respond',
    'logbook.read',
    'insights.read',
  ],
  supplier_admin: [
    'organisation.read',
    'members.read',
    'supplier_profile.read',
    'supplier_profile.manage',
    'dps.apply',
    'tenders.read',
    'tenders.respond',
    'orders.read',
    'followup.respond',
    'logbook.read',
    'insights.read',
  ],
  org_admin: [
    'organisation.read',
    'members.read',
    'members.manage',
    'audit.read',
    'messages.read',
    'ocds.publish',
  ],
};

/**
 * Which roles an organisation of each kind can hand out. A municipality that runs its own
 * procurement (as Kristianstad does) needs the procurement roles too.
 */
export const ASSIGNABLE_ROLES: Readonly<Record<OrganisationKind, readonly Role[]>> = {
  procurement_body: ['procurement_officer', 'quality_officer', 'controller', 'org_admin'],
  municipality: [
    'caseworker',
    'buyer',
    'controller',
    'procurement_officer',
    'quality_officer',
    'matching_officer',
    'org_admin',
  ],
  supplier: ['supplier_user', 'supplier_admin', 'org_admin'],
};

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const granted = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) granted.add(p);
  return PERMISSIONS.filter((p) => granted.has(p));
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Roles the organisation kind does not allow, so a change can be refused with their names. */
export function rolesNotAssignable(kind: OrganisationKind, roles: readonly Role[]): Role[] {
  return roles.filter((r) => !ASSIGNABLE_ROLES[kind].includes(r));
}

/** An organisation must keep at least one admin, or nobody could manage it again. */
export function leavesOrganisationWithoutAdmin(
  memberRoles: ReadonlyArray<readonly Role[]>,
): boolean {
  return !memberRoles.some((roles) => roles.includes('org_admin'));
}
