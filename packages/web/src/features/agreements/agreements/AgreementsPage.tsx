import { useState } from 'react';
import { Anchor, Button, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useFormatters } from '../../../lib/format';
import { useAuth } from '../../../lib/auth';
import { PERMISSIONS } from '../../../lib/types';
import { useAgreements } from './api';
import { CreateAgreementDialog } from './CreateAgreementDialog';
import { AgreementStatusBadge } from './StatusBadges';

export function AgreementsPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const navigate = useNavigate();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const canManage = hasPermission(PERMISSIONS.agreementsManage);
  const agreements = useAgreements(orgId);
  const [creating, setCreating] = useState(false);

  return (
    <Page
      title={t('agreements.title')}
      description={t('agreements.intro')}
      actions={
        canManage && (
          <Button onClick={() => setCreating(true)}>{t('agreements.create.open')}</Button>
        )
      }
    >
      {agreements.isPending && <Loading />}
      {agreements.isError && (
        <ErrorAlert error={agreements.error} onRetry={() => void agreements.refetch()} />
      )}
      {agreements.data && agreements.data.items.length === 0 && (
        <EmptyState title={t('agreements.empty')} />
      )}
      {agreements.data && agreements.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table>
            <Table.Caption>{t('agreements.listCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('agreements.reference')}</Table.Th>
                <Table.Th scope="col">{t('agreements.agreementTitle')}</Table.Th>
                <Table.Th scope="col">{t('agreements.statusLabel')}</Table.Th>
                <Table.Th scope="col">{t('agreements.period')}</Table.Th>
                <Table.Th scope="col">{t('agreements.owner')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agreements.data.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.reference}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/agreements/${a.id}`}>
                      {a.title}
                    </Anchor>
                    {a.longPeriodReason && (
                      <Text size="sm" c="dimmed">
                        {t('agreements.longPeriodFlag', { reason: a.longPeriodReason })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <AgreementStatusBadge status={a.status} />
                  </Table.Td>
                  <Table.Td>
                    {t('agreements.periodValue', {
                      from: f.date(a.startsOn),
                      to: f.date(a.currentEndsOn),
                    })}
                    <Text size="sm" c="dimmed">
                      {t('agreements.latestEnd', { date: f.date(a.latestPossibleEnd) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>{a.ownerName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating && (
        <CreateAgreementDialog
          orgId={orgId}
          onClose={() => setCreating(false)}
          onCreated={(id) => navigate(`/agreements/${id}`)}
        />
      )}
    </Page>
  );
}
