import { useTranslation } from 'react-i18next';
import { CsvImport } from '../../../components/CsvImport';
import { RejectedRowsTable } from '../../../components/RejectedRowsTable';
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
          <RejectedRowsTable
            caption={t('offers.import.rejectedCaption')}
            headers={{
              line: t('offers.import.line'),
              row: t('offers.import.offer'),
              reasons: t('offers.import.reasons'),
            }}
            rows={report.rejected.map((r) => ({ ...r, row: r.establishmentName }))}
            minWidth={480}
          />
        )
      }
    </CsvImport>
  );
}
