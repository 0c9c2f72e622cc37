import { useState } from 'react';
import { Anchor, Button, Table, VisuallyHidden } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { PERMISSIONS } from '../../../lib/types';
import { Page } from '../../../components/Page';
import { Loading } from '../../../components/Loading';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { EmptyState } from '../../../components/EmptyState';
import { StatusBadge } from '../../../components/StatusBadge';
import { CreateDpsModal } from './CreateDpsModal';
import { useDpsList } from './api';

/** The dynamic purchasing systems the organisation owns, or participates in (read-only). */
export function DpsListPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const navigate = useNavigate();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const canManage = hasPermission(PERMISSIONS.dpsManage);
  const list = useDpsList(orgId);
  const [creating, setCreating] = useState(false);

  return (
    <Page
      title={t('dps.list.title')}
      description={t('dps.list.description')}
      actions={
        canManage && <Button onClick={() => setCreating(true)}>{t('dps.create.open')}</Button>
      }
    >
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('dps.list.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table>
            <Table.Caption>
              <VisuallyHidden>{t('dps.list.caption')}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dps.fields.title')}</Table.Th>
                <Table.Th scope="col">{t('dps.fields.reference')}</Table.Th>
                <Table.Th scope="col">{t('dps.fields.owner')}</Table.Th>
                <Table.Th scope="col">{t('dps.fields.validity')}</Table.Th>
                <Table.Th scope="col">{t('dps.fields.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/dps/${d.id}`}>
                      {d.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{d.reference}</Table.Td>
                  <Table.Td>
                    {d.owner.name}
                    {!d.isOwner && ` (${t('dps.list.participating')})`}
                  </Table.Td>
                  <Table.Td>
                    {f.date(d.validFrom)} – {f.date(d.validTo)}
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge tone={d.status === 'open' ? 'positive' : 'neutral'}>
                      {t(`dps.systemStatus.${d.status}`)}
                    </StatusBadge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating && (
        <CreateDpsModal
          orgId={orgId}
          defaultCountry={activeMembership!.organisation.country}
          onClose={() => setCreating(false)}
          onCreated={(id) => navigate(`/dps/${id}`)}
        />
      )}
    </Page>
  );
}
