import { useState } from 'react';
import { Alert, Button, FileInput, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useImportPermits, usePreviewImport, type ImportReport } from './api';
import { ImportReportTables } from './ImportReportTables';

const MAX_CSV_CHARS = 1_000_000;

/** Preview a permit file row by row, then import it whole, or not at all. */
export function PermitImport({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState('');
  const [previewed, setPreviewed] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const preview = usePreviewImport(orgId);
  const importer = useImportPermits(orgId);
  // A refused import answers 422 with the same report: show it in place of the preview.
  const refused =
    importer.error instanceof ApiError && importer.error.status === 422 ? importer.error : null;
  const report: ImportReport | undefined = preview.data;
  const canImport =
    report !== undefined &&
    previewed === csv &&
    !report.fileProblem &&
    report.rejected.length === 0;

  const change = (text: string) => {
    setCsv(text);
    setNotice(null);
  };

  return (
    <section aria-labelledby="import-heading">
      <Title order={2} size="h3" id="import-heading" mb="sm">
        {t('permits.import.heading')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">{t('permits.import.help')}</Text>
        <Text size="xs" ff="monospace">
          supplier_identifier;establishment_name;authority;reference;scope;status;valid_from;valid_to;open_cases;last_checked_on
        </Text>
        {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
        <FileInput
          label={t('permits.import.file')}
          accept=".csv,text/csv,text/plain"
          clearable
          onChange={(file) => {
            if (file) void file.text().then(change);
          }}
        />
        <Textarea
          label={t('permits.import.content')}
          description={t('permits.import.contentHelp')}
          value={csv}
          onChange={(e) => change(e.currentTarget.value)}
          autosize
          minRows={4}
          maxRows={14}
          maxLength={MAX_CSV_CHARS}
          styles={{ input: { fontFamily: 'monospace' } }}
        />
        <Group gap="sm">
          <Button
            variant="default"
            disabled={!csv.trim()}
            loading={preview.isPending}
            onClick={() => {
              importer.reset();
              preview.mutate(csv, { onSuccess: () => setPreviewed(csv) });
            }}
          >
            {t('permits.import.preview')}
          </Button>
          <Button
            disabled={!canImport}
            loading={importer.isPending}
            onClick={() =>
              importer.mutate(csv, {
                onSuccess: (done) => {
                  setNotice(t('permits.import.done', { count: done.accepted.length }));
                  setCsv('');
                  setPreviewed(null);
                  preview.reset();
                },
              })
            }
          >
            {t('permits.import.submit')}
          </Button>
        </Group>
        {report && previewed !== csv && (
          <Text size="sm">{t('permits.import.changedSincePreview')}</Text>
        )}
        {preview.isError && <ErrorAlert error={preview.error} />}
        {refused && (
          <Alert color="red" variant="light" role="alert" title={t('permits.import.refused')}>
            {refused.detail}
          </Alert>
        )}
        {importer.isError && !refused && <ErrorAlert error={importer.error} />}
        {report?.fileProblem && (
          <Alert color="red" variant="light" role="alert" title={t('permits.import.fileProblem')}>
            {report.fileProblem.message}
          </Alert>
        )}
        {report && !report.fileProblem && (
          <>
            <Text size="sm" role="status">
              {report.rejected.length > 0
                ? t('permits.import.summaryRejected', {
                    accepted: report.accepted.length,
                    rejected: report.rejected.length,
                    count: report.rejected.length,
                  })
                : t('permits.import.summaryOk', {
                    accepted: report.accepted.length,
                    count: report.accepted.length,
                  })}
            </Text>
            <ImportReportTables report={report} />
          </>
        )}
      </Stack>
    </section>
  );
}
