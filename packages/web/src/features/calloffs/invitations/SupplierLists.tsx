// Who will be invited and who is left out, each omission with its reason in words.
import { List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { SupplierSignals } from '../../../components/SupplierSignals';
import type { Publication } from './api';

export function SupplierLists({ preview }: { preview: NonNullable<Publication['preview']> }) {
  const { t } = useTranslation();
  const orgId = useAuth().activeMembership!.organisation.id;
  // Beside each supplier: its open corrections and latest logbook notes, in one request.
  const batch = [...preview.invited, ...preview.leftOut].map((s) => s.supplierId);
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('invitations.preview.invited', { count: preview.invited.length })}
      </Title>
      {preview.invited.length === 0 ? (
        <Text size="sm">{t('invitations.preview.nobody')}</Text>
      ) : (
        <List size="sm">
          {preview.invited.map((s) => (
            <List.Item key={s.supplierId}>
              {s.name}
              <SupplierSignals orgId={orgId} supplierId={s.supplierId} batch={batch} />
            </List.Item>
          ))}
        </List>
      )}
      <Title order={3} size="h4">
        {t('invitations.preview.leftOut', { count: preview.leftOut.length })}
      </Title>
      {preview.leftOut.length === 0 ? (
        <Text size="sm">{t('invitations.preview.noneLeftOut')}</Text>
      ) : (
        <Table>
          <Table.Caption>{t('invitations.preview.leftOutCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('invitations.fields.supplier')}</Table.Th>
              <Table.Th scope="col">{t('invitations.fields.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.leftOut.map((s) => (
              <Table.Tr key={s.supplierId}>
                <Table.Td>
                  {s.name}
                  <SupplierSignals orgId={orgId} supplierId={s.supplierId} batch={batch} />
                </Table.Td>
                <Table.Td>{t(`invitations.reasons.${s.reason}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
