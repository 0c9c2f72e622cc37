import type { ReactNode } from 'react';
import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { invitationStatus, type Invitation, type InvitationStatus } from '../../../lib/types';
import { useFormatters } from '../../../lib/format';
import type { PageState } from '../../../lib/paging';
import { LANGUAGE_NAMES } from '../../../i18n';
import { DataTable, type DataColumn, type ListSource } from '../../../components/DataTable';
import { RoleBadges } from '../../../components/RoleBadges';
import { StatusBadge, type Tone } from '../../../components/StatusBadge';
import type { InvitationSort } from './api';

const TONE: Record<InvitationStatus, Tone> = {
  pending: 'waiting',
  accepted: 'positive',
  revoked: 'neutral',
  expired: 'neutral',
};

interface InvitationsTableProps {
  list: ListSource<Invitation>;
  state: PageState<InvitationSort>;
  canManage: boolean;
  onRevoke: (invitation: Invitation) => void;
  /** Above the table: its downloads. */
  toolbar?: ReactNode;
}

export function InvitationsTable({
  list,
  state,
  canManage,
  onRevoke,
  toolbar,
}: InvitationsTableProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const columns: DataColumn<Invitation, InvitationSort>[] = [
    {
      key: 'email',
      title: t('users.email'),
      sort: 'email',
      rowHeader: true,
      render: (inv) => inv.email,
    },
    { key: 'roles', title: t('users.roles'), render: (inv) => <RoleBadges roles={inv.roles} /> },
    {
      key: 'language',
      title: t('users.invitationLanguage'),
      render: (inv) => (
        <Text size="sm" lang={inv.locale}>
          {LANGUAGE_NAMES[inv.locale] ?? inv.locale}
        </Text>
      ),
    },
    {
      key: 'invitedBy',
      title: t('users.invitedBy'),
      render: (inv) => inv.invitedBy?.name ?? '—',
    },
    {
      key: 'sent',
      title: t('users.sent'),
      sort: 'sent',
      render: (inv) => f.dateTime(inv.createdAt),
    },
    {
      key: 'expires',
      title: t('users.expires'),
      sort: 'expires',
      render: (inv) => f.dateTime(inv.expiresAt),
    },
    {
      key: 'status',
      title: t('users.status'),
      render: (inv) => {
        const status = invitationStatus(inv);
        return (
          <StatusBadge tone={TONE[status]}>{t(`users.invitationStatus.${status}`)}</StatusBadge>
        );
      },
    },
  ];
  if (canManage)
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      hiddenTitle: true,
      render: (inv) =>
        invitationStatus(inv) === 'pending' && (
          <Button
            variant="subtle"
            color="red"
            size="xs"
            onClick={() => onRevoke(inv)}
            aria-label={t('users.revokeFor', { email: inv.email })}
          >
            {t('users.revoke')}
          </Button>
        ),
    });
  return (
    <DataTable
      caption={t('users.invitationsCaption')}
      columns={columns}
      list={list}
      state={state}
      rowKey={(inv) => inv.id}
      empty={t('users.noInvitations')}
      emptyHint={canManage ? t('users.noInvitationsHelp') : undefined}
      minWidth={860}
      toolbar={toolbar}
    />
  );
}
