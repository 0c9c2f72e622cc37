/** Query keys shared by features, so one feature's change refreshes another's view. */
export const queryKeys = {
  me: ['me'] as const,
  members: (orgId: string) => ['organisations', orgId, 'members'] as const,
  invitations: (orgId: string) => ['organisations', orgId, 'invitations'] as const,
  assignableRoles: (orgId: string) => ['organisations', orgId, 'assignable-roles'] as const,
  audit: (orgId: string) => ['organisations', orgId, 'audit'] as const,
  auditVerification: (orgId: string) => ['organisations', orgId, 'audit-verification'] as const,
  messages: (orgId: string) => ['organisations', orgId, 'messages'] as const,
  worklist: (orgId: string) => ['organisations', orgId, 'worklist'] as const,
  invitationByToken: (token: string) => ['invitation', token] as const,
};
