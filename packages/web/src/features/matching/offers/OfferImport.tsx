import { List, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CsvImport } from '../../../components/CsvImport';
import { useImportOffers, usePreviewOfferImport } from './api';

const HEADER =
  'establishment_name;places_total;places_free;next_free_on;assumed_occupancy_percent;tariff_unit;tariff_amount;tariff_currency;tariff_valid_from;tariff_negotiated_on;tariff_negotiated_by;assessed_on;education_employment;independence_relations;target_group_methods_results;health_wellbeing;organisation_management;competences;physical_setting';

/** Preview an offer file row by row, then import it whole, or not at all (components/CsvImport). */
export function OfferImport({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  return (
    <CsvImport
      header={HEADER}
      texts={{
        help: t('offers.import.help'),
        file: t('offers.import.file'),
        content: t('offers.import.content'),
        preview: t('offers.import.preview'),
        submit: t('offers.import.submit'),
        changedSincePreview: t('offers.import.changedSincePreview'),
        refused: t('offers.import.refused'),
      }}
      preview={usePreviewOfferImport(orgId)}
      importer={useImportOffers(orgId)}
      summary={(report) =>
        t('offers.import.summary', {
          accepted: report.accepted.length,
          rejected: report.rejected.length,
        })
      }
      done={(imported) => t('offers.import.done', { count: imported.accepted.length })}
    >
      {(report) =>
        report.rejected.length > 0 && (
          <Table.ScrollContainer minWidth={480}>
            <Table>
              <Table.Caption>{t('offers.import.rejectedCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('offers.import.line')}</Table.Th>
                  <Table.Th scope="col">{t('offers.import.offer')}</Table.Th>
                  <Table.Th scope="col">{t('offers.import.reasons')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.rejected.map((r) => (
                  <Table.Tr key={r.line}>
                    <Table.Td>{r.line}</Table.Td>
                    <Table.Td>{r.establishmentName}</Table.Td>
                    <Table.Td>
                      <List size="sm">
                        {r.reasons.map((reason, i) => (
                          <List.Item key={i}>{reason.message}</List.Item>
                        ))}
                      </List>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      }
    </CsvImport>
  );
}
