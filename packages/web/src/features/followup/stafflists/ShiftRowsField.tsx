import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { daysOf } from '@tildel/domain/staff-list/shift-rows';
import { SHIFT_ROW_COLUMNS, SHIFTS, type FormShiftRow } from './api';
import { ScrollTable } from './ScrollTable';

export const emptyShiftRow = (date = '', shift = ''): FormShiftRow => ({
  date,
  shift,
  awakeHours: '',
});

/**
 * The per-shift rows of the form: a date of the period, a shift and the hours awake staff worked
 * in it. Optional: left empty, the list is one of totals; once nights are given, a night left out
 * counts as one without awake staff, so every night of the period can be added at once.
 */
export function ShiftRowsField(props: {
  rows: FormShiftRow[];
  onChange: (update: (rows: FormShiftRow[]) => FormShiftRow[]) => void;
  period: { from: string; to: string };
}) {
  const { t } = useTranslation();
  const { rows, onChange, period } = props;
  const setCell = (index: number, column: keyof FormShiftRow, value: string) =>
    onChange((current) => current.map((r, i) => (i === index ? { ...r, [column]: value } : r)));
  const addNights = () =>
    onChange((current) => {
      const given = new Set(current.filter((r) => r.shift === 'night').map((r) => r.date));
      const kept = current.filter((r) => r.date !== '' || r.shift !== '' || r.awakeHours !== '');
      const missing = daysOf(period).filter((day) => !given.has(day));
      return [...kept, ...missing.map((day) => emptyShiftRow(day, 'night'))];
    });
  const label = (column: keyof FormShiftRow, index: number) =>
    t('stafflists.submit.cellLabel', {
      column: t(`stafflists.shiftColumn.${column}`),
      row: index + 1,
    });

  return (
    <Stack gap="sm" component="section" aria-labelledby="staff-list-shift-rows">
      <Title order={3} size="h4" id="staff-list-shift-rows">
        {t('stafflists.shiftRows.title')}
      </Title>
      <Text size="sm">{t('stafflists.shiftRows.help')}</Text>
      {rows.length > 0 && (
        <ScrollTable minWidth={560} label={t('stafflists.shiftRows.formCaption')}>
          <Table>
            <Table.Caption>{t('stafflists.shiftRows.formCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('stafflists.rows.row')}</Table.Th>
                {SHIFT_ROW_COLUMNS.map((c) => (
                  <Table.Th scope="col" key={c}>
                    {t(`stafflists.shiftColumn.${c}`)}
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
                  <Table.Td>
                    <TextInput
                      type="date"
                      size="xs"
                      aria-label={label('date', index)}
                      min={period.from}
                      max={period.to}
                      value={row.date}
                      onChange={(e) => setCell(index, 'date', e.currentTarget.value)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      size="xs"
                      aria-label={label('shift', index)}
                      value={row.shift}
                      onChange={(e) => setCell(index, 'shift', e.currentTarget.value)}
                      data={[
                        { value: '', label: '–' },
                        ...SHIFTS.map((s) => ({ value: s, label: t(`stafflists.shift.${s}`) })),
                      ]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      inputMode="decimal"
                      maxLength={40}
                      aria-label={label('awakeHours', index)}
                      value={row.awakeHours}
                      onChange={(e) => setCell(index, 'awakeHours', e.currentTarget.value)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('stafflists.shiftRows.removeRow', { row: index + 1 })}
                      onClick={() => onChange((current) => current.filter((_, i) => i !== index))}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <Group>
        <Button variant="default" onClick={addNights}>
          {t('stafflists.shiftRows.addNights')}
        </Button>
        <Button
          variant="default"
          onClick={() => onChange((current) => [...current, emptyShiftRow()])}
        >
          {t('stafflists.shiftRows.addRow')}
        </Button>
      </Group>
    </Stack>
  );
}
