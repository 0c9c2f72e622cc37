import type { ReactNode } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../lib/types';
import { useFormatters } from '../../../lib/format';
import type { PageState } from '../../../lib/paging';
import { DataTable, type DataColumn, type ListSource } from '../../../components/DataTable';
import { RoleBadges } from '../../../components/RoleBadges';
import type { MemberSort } from './api';

interface MembersTableProps {
  list: ListSource<Member>;
  state: PageState<MemberSort>;
  currentUserId: string;
  canManage: boolean;
  onEdit: (member: Member) => void;
  onRemove: (member: Member) => void;
  /** Above the table: its downloads. */
  toolbar?: ReactNode;
}

export function MembersTable({
  list,
  state,
  currentUserId,
  canManage,
  onEdit,
  onRemove,
  toolbar,
}: MembersTableProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const columns: DataColumn<Member, MemberSort>[] = [
    {
      key: 'name',
      title: t('users.name'),
      sort: 'name',
      rowHeader: true,
      render: (m) => (
        <Text size="sm" fw={500}>
          {m.name}
          {m.userId === currentUserId && (
            <Text span size="sm" c="dimmed">
              {' '}
              ({t('users.you')})
            </Text>
          )}
        </Text>
      ),
    },
    { key: 'email', title: t('users.email'), sort: 'email', render: (m) => m.email },
    { key: 'roles', title: t('users.roles'), render: (m) => <RoleBadges roles={m.roles} /> },
    {
      key: 'joined',
      title: t('users.joined'),
      sort: 'joined',
      render: (m) => f.date(m.joinedAt),
    },
  ];
  if (canManage)
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      hiddenTitle: true,
      render: (m) => (
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
      ),
    });
  return (
    <DataTable
      caption={t('users.membersCaption')}
      columns={columns}
      list={list}
      state={state}
      rowKey={(m) => m.userId}
      empty={t('users.noMembers')}
      minWidth={720}
      toolbar={toolbar}
    />
  );
}
