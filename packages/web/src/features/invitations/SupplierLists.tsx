// Who will be invited and who is left out, each omission with its reason in words.
import { List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Publication } from './api';

export function SupplierLists({ preview }: { preview: NonNullable<Publication['preview']> }) {
  const { t } = useTranslation();
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
            <List.Item key={s.supplierId}>{s.name}</List.Item>
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
                <Table.Td>{s.name}</Table.Td>
                <Table.Td>{t(`invitations.reasons.${s.reason}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
