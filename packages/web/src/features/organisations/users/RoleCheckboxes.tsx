import { Checkbox, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KnownRole } from '../../../lib/types';
import { useRoleName } from '../../../components/RoleBadges';
import { Loading } from '../../../components/Loading';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useAssignableRoles } from './api';

interface RoleCheckboxesProps {
  orgId: string;
  value: KnownRole[];
  onChange: (roles: KnownRole[]) => void;
  error?: string;
  /** Roles to show even if not assignable (a member's current roles). */
  alsoShow?: readonly KnownRole[];
}

/** Check boxes of the roles this kind of organisation may hand out. */
export function RoleCheckboxes({
  orgId,
  value,
  onChange,
  error,
  alsoShow = [],
}: RoleCheckboxesProps) {
  const { t } = useTranslation();
  const roleName = useRoleName();
  const assignable = useAssignableRoles(orgId);

  if (assignable.isPending) return <Loading />;
  if (assignable.isError)
    return <ErrorAlert error={assignable.error} onRetry={() => void assignable.refetch()} />;

  const options = [
    ...assignable.data.roles,
    ...alsoShow.filter((r) => !assignable.data.roles.includes(r)),
  ];
  return (
    <Checkbox.Group
      label={t('users.roles')}
      description={t('users.rolesHelp')}
      value={value}
      onChange={(next) => onChange(next as KnownRole[])}
      error={error}
      withAsterisk
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
        {options.map((role) => (
          <Checkbox
            key={role}
            value={role}
            label={roleName(role)}
            disabled={!assignable.data.roles.includes(role) && !value.includes(role)}
          />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
