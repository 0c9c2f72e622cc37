import { describe, expect, it } from 'vitest';
import {
  ASSIGNABLE_ROLES,
  ROLES,
  hasPermission,
  leavesOrganisationWithoutAdmin,
  permissionsOf,
  rolesNotAssignable,
} from '../src/permissions.ts';

describe('the permission table', () => {
  it('lets only an organisation admin manage members and read the audit trail', () => {
    for (const role of ROLES) {
      expect(hasPermission([role], 'members.manage')).toBe(role === 'org_admin');
      expect(hasPermission([role], 'audit.read')).toBe(role === 'org_admin');
    }
  });

  it('unites the permissions of several roles without duplicates, in table order', () => {
    expect(permissionsOf(['supplier_admin', 'supplier_user'])).toEqual([
      'organisation.read',
      'members.read',
      'supplier_profile.read',
      'supplier_profile.manage',
      'dps.apply',
      'tenders.read',
      'tenders.respond',
      'orders.read',
      'logbook.read',
      'followup.respond',
      'insights.read',
    ]);
  });

  it('keeps suppliers out of the buyers’ side of the market, and buyers out of suppliers’ data', () => {
    for (const role of ['supplier_user', 'supplier_admin'] as const) {
      for (const p of [
        'catalogue.read',
        'suppliers.read',
        'agreements.read',
        'dps.read',
        'calloffs.read',
        'orders.manage',
        'followup.read',
      ] as const)
        expect(hasPermission([role], p)).toBe(false);
    }
    for (const role of ['caseworker', 'buyer', 'controller', 'procurement_officer'] as const)
      expect(hasPermission([role], 'supplier_profile.manage')).toBe(false);
  });

  it('lets only procurement officers set up agreements and DPS and decide applications', () => {
    for (const role of ROLES) {
      expect(hasPermission([role], 'agreements.manage')).toBe(role === 'procurement_officer');
      expect(hasPermission([role], 'dps.manage')).toBe(role === 'procurement_officer');
    }
  });

  it('gives every role at least the right to read its own organisation', () => {
    for (const role of ROLES) expect(permissionsOf([role])).toContain('organisation.read');
  });
});

describe('roles an organisation can hand out', () => {
  it('refuses supplier roles in a municipality and buyer roles at a supplier', () => {
    expect(rolesNotAssignable('municipality', ['buyer', 'supplier_user'])).toEqual([
      'supplier_user',
    ]);
    expect(rolesNotAssignable('supplier', ['buyer', 'supplier_admin'])).toEqual(['buyer']);
  });

  it('lets every kind of organisation have an admin', () => {
    for (const roles of Object.values(ASSIGNABLE_ROLES)) expect(roles).toContain('org_admin');
  });

  it('notices when a change would leave no admin', () => {
    expect(leavesOrganisationWithoutAdmin([['buyer'], ['caseworker']])).toBe(true);
    expect(leavesOrganisationWithoutAdmin([['buyer'], ['org_admin', 'buyer']])).toBe(false);
  });
});
