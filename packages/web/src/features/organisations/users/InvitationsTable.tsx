import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { invitationStatus, type Invitation, type InvitationStatus } from '../../../lib/types';
import { useFormatters } from '../../../lib/format';
import { LANGUAGE_NAMES } from '../../../i18n';
import { RoleBadges } from '../../../components/RoleBadges';
import { StatusBadge, type Tone } from '../../../components/StatusBadge';

const TONE: Record<InvitationStatus, Tone> = {
  pending: 'waiting',
  accepted: 'positive',
  revoked: 'neutral',
  expired: 'neutral',
};

interface InvitationsTableProps {
  invitations: Invitation[];
  canManage: boolean;
  onRevoke: (invitation: Invitation) => void;
}

export function InvitationsTable({ invitations, canManage, onRevoke }: InvitationsTableProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table>
        <Table.Caption>
          <VisuallyHidden>
            {t('users.invitationsCaption', { count: invitations.length })}
          </VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.email')}</Table.Th>
            <Table.Th scope="col">{t('users.roles')}</Table.Th>
            <Table.Th scope="col">{t('users.invitationLanguage')}</Table.Th>
            <Table.Th scope="col">{t('users.invitedBy')}</Table.Th>
            <Table.Th scope="col">{t('users.sent')}</Table.Th>
            <Table.Th scope="col">{t('users.expires')}</Table.Th>
            <Table.Th scope="col">{t('users.status')}</Table.Th>
            {canManage && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((inv) => {
            const status = invitationStatus(inv);
            return (
              <Table.Tr key={inv.id}>
                <Table.Td>
                  <Text size="sm">{inv.email}</Text>
                </Table.Td>
                <Table.Td>
                  <RoleBadges roles={inv.roles} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lang={inv.locale}>
                    {LANGUAGE_NAMES[inv.locale] ?? inv.locale}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{inv.invitedBy?.name ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{f.dateTime(inv.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{f.dateTime(inv.expiresAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge tone={TONE[status]}>
                    {t(`users.invitationStatus.${status}`)}
                  </StatusBadge>
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    {status === 'pending' && (
                      <Button
                        variant="subtle"
                        color="red"
                        size="xs"
                        onClick={() => onRevoke(inv)}
                        aria-label={t('users.revokeFor', { email: inv.email })}
                      >
                        {t('users.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
