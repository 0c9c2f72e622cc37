import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { StaffRow } from './api';
import { ScrollTable } from './ScrollTable';

/** The submitted list, names included: shown to the requesting body and the supplier only. */
export function StaffRowsTable({ rows, caption }: { rows: StaffRow[]; caption: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const n = (hundredths: number) => f.number(hundredths / 100);
  return (
    <ScrollTable minWidth={900} label={caption}>
      <Table>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('stafflists.rows.row')}</Table.Th>
            {(
              [
                'name',
                'role',
                'education',
                'yearsInRole',
                'employmentPercent',
                'dayHours',
                'eveningHours',
                'nightHours',
                'nightAwake',
              ] as const
            ).map((c) => (
              <Table.Th scope="col" key={c}>
                {t(`stafflists.column.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.row}>
              <Table.Td>{r.row}</Table.Td>
              <Table.Th scope="row">{r.name}</Table.Th>
              <Table.Td>{t(`stafflists.role.${r.role}`)}</Table.Td>
              <Table.Td>{t(`stafflists.education.${r.education}`)}</Table.Td>
              <Table.Td>
                {r.yearsInRoleHundredths === null ? '–' : n(r.yearsInRoleHundredths)}
              </Table.Td>
              <Table.Td>{n(r.employmentHundredths)}</Table.Td>
              <Table.Td>{n(r.hoursHundredths.day)}</Table.Td>
              <Table.Td>{n(r.hoursHundredths.evening)}</Table.Td>
              <Table.Td>{n(r.hoursHundredths.night)}</Table.Td>
              <Table.Td>
                {r.hoursHundredths.night > 0
                  ? t(r.nightAwake ? 'stafflists.yes' : 'stafflists.no')
                  : '–'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
