import { useState, type FormEvent } from 'react';
import {
  ActionIcon,
  Anchor,
  Button,
  FileInput,
  Group,
  NativeSelect,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useUnsavedChanges } from '../../../components/UnsavedChanges';
import { GlossaryLinks } from '../../../components/GlossaryLink';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { readAsBase64 } from '../../../lib/files';
import {
  STAFF_EDUCATIONS,
  STAFF_LIST_COLUMNS,
  STAFF_ROLES,
  templatePath,
  useSubmitStaffList,
  type FormRow,
  type FormShiftRow,
  type StaffListColumn,
} from './api';
import { ScrollTable } from './ScrollTable';
import { ShiftRowsField } from './ShiftRowsField';

const MAX_BYTES = 2 * 1024 * 1024;
const emptyRow = (): FormRow =>
  Object.fromEntries(STAFF_LIST_COLUMNS.map((c) => [c, ''])) as FormRow;

/** The supplier answers: a CSV or XLSX file, or the same columns filled in a table. */
export function SubmitPanel({
  orgId,
  requestId,
  period,
}: {
  orgId: string;
  requestId: string;
  period: { from: string; to: string };
}) {
  const { t } = useTranslation();
  const mutation = useSubmitStaffList(orgId, requestId);
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [rows, setRows] = useState<FormRow[]>([emptyRow()]);
  const [shifts, setShifts] = useState<FormShiftRow[]>([]);
  // What the supplier typed or chose counts until the list is sent.
  useUnsavedChanges(
    !mutation.isSuccess &&
      (file !== null ||
        shifts.length > 0 ||
        rows.some((row) => Object.values(row).some((value) => value !== ''))),
  );

  const onUpload = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setFileProblem(t('stafflists.submit.fileRequired'));
    if (file.size > MAX_BYTES) return setFileProblem(t('stafflists.submit.tooLarge'));
    setFileProblem(null);
    mutation.mutate({ kind: 'file', fileName: file.name, contentBase64: await readAsBase64(file) });
  };
  const onSubmitRows = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({ kind: 'rows', rows, shifts });
  };
  const setCell = (index: number, column: StaffListColumn, value: string) =>
    setRows((current) => current.map((r, i) => (i === index ? { ...r, [column]: value } : r)));

  const cell = (row: FormRow, index: number, column: StaffListColumn) => {
    const label = t('stafflists.submit.cellLabel', {
      column: t(`stafflists.column.${column}`),
      row: index + 1,
    });
    const common = {
      'aria-label': label,
      value: row[column],
      size: 'xs' as const,
    };
    if (column === 'role' || column === 'education' || column === 'nightAwake') {
      const options =
        column === 'role' ? STAFF_ROLES : column === 'education' ? STAFF_EDUCATIONS : ['yes', 'no'];
      const prefix = column === 'nightAwake' ? 'stafflists' : `stafflists.${column}`;
      return (
        <NativeSelect
          {...common}
          onChange={(e) => setCell(index, column, e.currentTarget.value)}
          data={[
            { value: '', label: '–' },
            ...options.map((o) => ({ value: o, label: t(`${prefix}.${o}`) })),
          ]}
        />
      );
    }
    return (
      <TextInput
        {...common}
        inputMode={column === 'name' ? undefined : 'decimal'}
        maxLength={250}
        onChange={(e) => setCell(index, column, e.currentTarget.value)}
      />
    );
  };

  return (
    <Stack gap="md">
      {mutation.isSuccess && (
        <SuccessNotice message={t('stafflists.submit.done')} onClose={() => mutation.reset()} />
      )}
      {mutation.isError && (
        <ErrorAlert error={mutation.error} title={t('stafflists.submit.rejected')} />
      )}
      <GlossaryLinks terms={['personallista', 'vaken-nattpersonal', 'personaltathet']} />
      <Tabs defaultValue="file">
        <Tabs.List>
          <Tabs.Tab value="file">{t('stafflists.submit.fileTab')}</Tabs.Tab>
          <Tabs.Tab value="form">{t('stafflists.submit.formTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="file" pt="md">
          <form onSubmit={(e) => void onUpload(e)} noValidate>
            <Stack gap="sm" maw={520}>
              <Text size="sm">
                {t('stafflists.submit.fileHelp')}{' '}
                <Anchor href={templatePath(orgId, 'xlsx')} download>
                  {t('stafflists.submit.templateXlsx')}
                </Anchor>
                {' · '}
                <Anchor href={templatePath(orgId, 'csv')} download>
                  {t('stafflists.submit.template')}
                </Anchor>
              </Text>
              <FileInput
                label={t('stafflists.submit.file')}
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                value={file}
                onChange={setFile}
                clearable
                clearButtonProps={{ 'aria-label': t('stafflists.submit.clearFile') }}
                required
                error={fileProblem}
              />
              <Group>
                <Button type="submit" loading={mutation.isPending}>
                  {t('stafflists.submit.upload')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Tabs.Panel>
        <Tabs.Panel value="form" pt="md">
          <form onSubmit={onSubmitRows} noValidate>
            <Stack gap="sm">
              <Text size="sm">{t('stafflists.submit.formHelp')}</Text>
              <ScrollTable minWidth={1100} label={t('stafflists.submit.formCaption')}>
                <Table>
                  <Table.Caption>{t('stafflists.submit.formCaption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('stafflists.rows.row')}</Table.Th>
                      {STAFF_LIST_COLUMNS.map((c) => (
                        <Table.Th scope="col" key={c}>
                          {t(`stafflists.column.${c}`)}
                        </Table.Th>
                      ))}
                      <Table.Th scope="col">{t('stafflists.submit.remove')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((row, index) => (
                      // Rows have no identity but their place, as in a spreadsheet.
                      <Table.Tr key={index}>
                        <Table.Td>{index + 1}</Table.Td>
                        {STAFF_LIST_COLUMNS.map((c) => (
                          <Table.Td key={c}>{cell(row, index, c)}</Table.Td>
                        ))}
                        <Table.Td>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('stafflists.submit.removeRow', { row: index + 1 })}
                            disabled={rows.length === 1}
                            onClick={() =>
                              setRows((current) => current.filter((_, i) => i !== index))
                            }
                          >
                            ×
                          </ActionIcon>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
              <Group>
                <Button
                  variant="default"
                  onClick={() => setRows((current) => [...current, emptyRow()])}
                >
                  {t('stafflists.submit.addRow')}
                </Button>
              </Group>
              <ShiftRowsField rows={shifts} onChange={setShifts} period={period} />
              <Group>
                <Button type="submit" loading={mutation.isPending}>
                  {t('stafflists.submit.send')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
