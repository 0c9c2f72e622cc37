import { useState } from 'react';
import { Alert, Button, FileInput, Group, List, Stack, Table, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useImportOffers, usePreviewOfferImport, type ImportReport } from './api';

const MAX_CSV_CHARS = 1_000_000;
const HEADER =
  'establishment_name;places_total;places_free;next_free_on;assumed_occupancy_percent;tariff_unit;tariff_amount;tariff_currency;tariff_valid_from;tariff_negotiated_on;tariff_negotiated_by;assessed_on;education_employment;independence_relations;target_group_methods_results;health_wellbeing;organisation_management;competences;physical_setting';

/** Preview an offer file row by row, then import it whole, or not at all (as the permit import). */
export function OfferImport({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState('');
  const [previewed, setPreviewed] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const preview = usePreviewOfferImport(orgId);
  const importer = useImportOffers(orgId);
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
    <Stack gap="sm">
      <Text size="sm">{t('offers.import.help')}</Text>
      <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {HEADER}
      </Text>
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
      <FileInput
        label={t('offers.import.file')}
        accept=".csv,text/csv,text/plain"
        clearable
        onChange={(file) => {
          if (file) void file.text().then(change);
        }}
      />
      <Textarea
        label={t('offers.import.content')}
        value={csv}
        onChange={(e) => change(e.currentTarget.value)}
        autosize
        minRows={3}
        maxRows={12}
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
          {t('offers.import.preview')}
        </Button>
        <Button
          disabled={!canImport}
          loading={importer.isPending}
          onClick={() =>
            importer.mutate(csv, {
              onSuccess: (done) => {
                setNotice(t('offers.import.done', { count: done.accepted.length }));
                setCsv('');
                setPreviewed(null);
                preview.reset();
              },
            })
          }
        >
          {t('offers.import.submit')}
        </Button>
      </Group>
      {preview.isError && <ErrorAlert error={preview.error} />}
      {refused && (
        <Alert color="red" variant="light" role="alert" title={t('offers.import.refused')}>
          {refused.detail}
        </Alert>
      )}
      {importer.isError && !refused && <ErrorAlert error={importer.error} />}
      {report?.fileProblem && (
        <Alert color="red" variant="light" role="alert">
          {report.fileProblem.message}
        </Alert>
      )}
      {report && !report.fileProblem && (
        <>
          <Text size="sm" role="status">
            {t('offers.import.summary', {
              accepted: report.accepted.length,
              rejected: report.rejected.length,
            })}
          </Text>
          {report.rejected.length > 0 && (
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
          )}
        </>
      )}
    </Stack>
  );
}
