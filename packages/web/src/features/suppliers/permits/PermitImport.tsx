import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CsvImport } from '../../../components/CsvImport';
import { useImportPermits, usePreviewImport } from './api';
import { ImportReportTables } from './ImportReportTables';

const HEADER =
  'supplier_identifier;establishment_name;authority;reference;scope;status;valid_from;valid_to;open_cases;last_checked_on';

/** Preview a permit file row by row, then import it whole, or not at all (components/CsvImport). */
export function PermitImport({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="import-heading">
      <Title order={2} size="h3" id="import-heading" mb="sm">
        {t('permits.import.heading')}
      </Title>
      <CsvImport
        header={HEADER}
        texts={{
          help: t('permits.import.help'),
          file: t('permits.import.file'),
          content: t('permits.import.content'),
          contentHelp: t('permits.import.contentHelp'),
          preview: t('permits.import.preview'),
          submit: t('permits.import.submit'),
          changedSincePreview: t('permits.import.changedSincePreview'),
          refused: t('permits.import.refused'),
          fileProblem: t('permits.import.fileProblem'),
        }}
        preview={usePreviewImport(orgId)}
        importer={useImportPermits(orgId)}
        summary={(report) =>
          report.rejected.length > 0
            ? t('permits.import.summaryRejected', {
                accepted: report.accepted.length,
                rejected: report.rejected.length,
                count: report.rejected.length,
              })
            : t('permits.import.summaryOk', {
                accepted: report.accepted.length,
                count: report.accepted.length,
              })
        }
        done={(imported) => t('permits.import.done', { count: imported.accepted.length })}
      >
        {(report) => <ImportReportTables report={report} />}
      </CsvImport>
    </section>
  );
}
