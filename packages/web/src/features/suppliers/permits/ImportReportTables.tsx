import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RejectedRowsTable } from '../../../components/RejectedRowsTable';
import type { ImportReport } from './api';

/** What a permit file would bring: the accepted rows, and the rejected rows with their reasons. */
export function ImportReportTables({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {report.rejected.length > 0 && (
        <section aria-labelledby="rejected-heading">
          <Title order={3} size="h4" id="rejected-heading" mb="xs">
            {t('permits.import.rejectedHeading', { count: report.rejected.length })}
          </Title>
          <RejectedRowsTable
            caption={t('permits.import.rejectedCaption')}
            headers={{
              line: t('permits.import.line'),
              row: t('permits.import.row'),
              reasons: t('permits.import.reasons'),
            }}
            rows={report.rejected.map((r) => ({
              ...r,
              row: `${r.supplierIdentifier} · ${r.establishmentName} · ${r.reference}`,
            }))}
            minWidth={640}
          />
        </section>
      )}
      <section aria-labelledby="accepted-heading">
        <Title order={3} size="h4" id="accepted-heading" mb="xs">
          {t('permits.import.acceptedHeading', { count: report.accepted.length })}
        </Title>
        {report.accepted.length === 0 ? (
          <Text size="sm">{t('permits.import.noneAccepted')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Caption>{t('permits.import.acceptedCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('permits.import.line')}</Table.Th>
                  <Table.Th scope="col">{t('permits.establishment')}</Table.Th>
                  <Table.Th scope="col">{t('permits.authorityAndReference')}</Table.Th>
                  <Table.Th scope="col">{t('permits.statusLabel')}</Table.Th>
                  <Table.Th scope="col">{t('permits.import.action')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.accepted.map((r) => (
                  <Table.Tr key={r.line}>
                    <Table.Td>{r.line}</Table.Td>
                    <Table.Td>
                      {r.establishmentName} ({r.supplierIdentifier})
                    </Table.Td>
                    <Table.Td>
                      {r.authority} {r.reference}
                    </Table.Td>
                    <Table.Td>{t(`permits.status.${r.status}`)}</Table.Td>
                    <Table.Td>{t(`permits.import.actions.${r.action}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
    </Stack>
  );
}
