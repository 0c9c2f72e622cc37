import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useDeclarationRequests } from './api';

/** The owner's requests for updated self-declarations and whether each was answered in time. */
export function DeclarationRequestsTable({ orgId, dpsId }: { orgId: string; dpsId: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const requests = useDeclarationRequests(orgId, dpsId, true);
  if (requests.isPending) return <Loading />;
  if (requests.isError) return <ErrorAlert error={requests.error} />;
  if (requests.data.items.length === 0) return <Text size="sm">{t('dps.declaration.none')}</Text>;
  return (
    <Table>
      <Table.Caption>
        <VisuallyHidden>{t('dps.declaration.caption')}</VisuallyHidden>
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('dps.queue.supplier')}</Table.Th>
          <Table.Th scope="col">{t('dps.declaration.requestedAt')}</Table.Th>
          <Table.Th scope="col">{t('dps.declaration.dueAt')}</Table.Th>
          <Table.Th scope="col">{t('dps.declaration.answer')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {requests.data.items.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{r.supplier.name}</Table.Td>
            <Table.Td>{f.dateTime(r.requestedAt)}</Table.Td>
            <Table.Td>{f.dateTime(r.dueAt)}</Table.Td>
            <Table.Td>
              {r.answeredAt
                ? t(
                    r.answers.every((a) => a.declared)
                      ? 'dps.declaration.allConfirmed'
                      : 'dps.declaration.someDenied',
                    { date: f.dateTime(r.answeredAt) },
                  )
                : t('dps.declaration.awaited')}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
