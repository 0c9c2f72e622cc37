import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../lib/types';

/** The translated name of a role; unknown roles are shown as sent. */
export function useRoleName(): (role: Role) => string {
  const { t } = useTranslation();
  return (role) => t(`roles.${role}`, { defaultValue: role });
}

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const roleName = useRoleName();
  const { t } = useTranslation();
  if (roles.length === 0) {
    return (
      <Badge color="gray" variant="light">
        {t('roles.none')}
      </Badge>
    );
  }
  return (
    <Group gap={6}>
      {roles.map((role) => (
        <Badge
          key={role}
          color={role === 'org_admin' || role === 'supplier_admin' ? 'violet' : 'blue'}
          variant="light"
        >
          {roleName(role)}
        </Badge>
      ))}
    </Group>
  );
}
