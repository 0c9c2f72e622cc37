import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { ShiftRow } from './api';
import { ScrollTable } from './ScrollTable';

/** The submitted per-shift rows: date, shift and awake staff hours. */
export function ShiftRowsTable({ rows }: { rows: ShiftRow[] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const caption = t('stafflists.shiftRows.caption');
  return (
    <ScrollTable minWidth={480} label={caption}>
      <Table>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('stafflists.rows.row')}</Table.Th>
            <Table.Th scope="col">{t('stafflists.shiftColumn.date')}</Table.Th>
            <Table.Th scope="col">{t('stafflists.shiftColumn.shift')}</Table.Th>
            <Table.Th scope="col">{t('stafflists.shiftColumn.awakeHours')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.date}|${r.shift}`}>
              <Table.Td>{r.row}</Table.Td>
              <Table.Th scope="row">{f.day(r.date)}</Table.Th>
              <Table.Td>{t(`stafflists.shift.${r.shift}`)}</Table.Td>
              <Table.Td>{f.number(r.awakeHundredths / 100)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
