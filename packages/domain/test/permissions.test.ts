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
    ]);
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
