// The municipality's call-offs: status, procedure, the need and when it was started.
import { useState } from 'react';
import { Anchor, Group, NativeSelect, Table } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { CalloffStatusBadge } from './CalloffStatusBadge';
import {
  CALLOFF_STATUSES,
  PROCEDURES,
  useCalloffs,
  type CalloffStatus,
  type Procedure,
} from './api';

export function CalloffsPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const [status, setStatus] = useState<CalloffStatus | ''>('');
  const [procedure, setProcedure] = useState<Procedure | ''>('');
  const list = useCalloffs(orgId, {
    status: status || undefined,
    procedure: procedure || undefined,
  });

  return (
    <Page title={t('calloffs.title')} description={t('calloffs.intro')}>
      <Group gap="md" align="flex-end">
        <NativeSelect
          label={t('calloffs.filter.status')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as CalloffStatus | '')}
          data={[
            { value: '', label: t('calloffs.filter.all') },
            ...CALLOFF_STATUSES.map((s) => ({ value: s, label: t(`calloffs.status.${s}`) })),
          ]}
        />
        <NativeSelect
          label={t('calloffs.filter.procedure')}
          value={procedure}
          onChange={(e) => setProcedure(e.currentTarget.value as Procedure | '')}
          data={[
            { value: '', label: t('calloffs.filter.all') },
            ...PROCEDURES.map((p) => ({ value: p, label: t(`needs.calloff.procedures.${p}`) })),
          ]}
        />
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('calloffs.empty')}>{t('calloffs.emptyHint')}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped>
            <Table.Caption>{t('calloffs.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('calloffs.fields.need')}</Table.Th>
                <Table.Th scope="col">{t('calloffs.fields.status')}</Table.Th>
                <Table.Th scope="col">{t('calloffs.fields.procedure')}</Table.Th>
                <Table.Th scope="col">{t('calloffs.fields.source')}</Table.Th>
                <Table.Th scope="col">{t('calloffs.fields.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/calloffs/${c.id}`}>
                      {c.needTitle}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <CalloffStatusBadge status={c.status} />
                  </Table.Td>
                  <Table.Td>{t(`needs.calloff.procedures.${c.procedure}`)}</Table.Td>
                  <Table.Td>{c.source.reference}</Table.Td>
                  <Table.Td>{f.dateTime(c.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Page>
  );
}
