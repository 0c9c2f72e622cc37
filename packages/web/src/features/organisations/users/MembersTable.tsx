import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../lib/types';
import { useFormatters } from '../../../lib/format';
import { RoleBadges } from '../../../components/RoleBadges';

interface MembersTableProps {
  members: Member[];
  currentUserId: string;
  canManage: boolean;
  onEdit: (member: Member) => void;
  onRemove: (member: Member) => void;
}

export function MembersTable({
  members,
  currentUserId,
  canManage,
  onEdit,
  onRemove,
}: MembersTableProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table>
        <Table.Caption>
          <VisuallyHidden>{t('users.membersCaption', { count: members.length })}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.name')}</Table.Th>
            <Table.Th scope="col">{t('users.email')}</Table.Th>
            <Table.Th scope="col">{t('users.roles')}</Table.Th>
            <Table.Th scope="col">{t('users.joined')}</Table.Th>
            {canManage && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr key={m.userId}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {m.name}
                  {m.userId === currentUserId && (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      ({t('users.you')})
                    </Text>
                  )}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.email}</Text>
              </Table.Td>
              <Table.Td>
                <RoleBadges roles={m.roles} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{f.date(m.joinedAt)}</Text>
              </Table.Td>
              {canManage && (
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      variant="default"
                      size="xs"
                      onClick={() => onEdit(m)}
                      aria-label={t('users.editRolesOf', { name: m.name })}
                    >
                      {t('users.editRoles')}
                    </Button>
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      onClick={() => onRemove(m)}
                      aria-label={t('users.removeMember', { name: m.name })}
                    >
                      {t('users.remove')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
