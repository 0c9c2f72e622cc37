import { List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { Measure, NightShort, RequirementCheck } from './api';
import { OutcomeBadge } from './OutcomeBadge';
import { ScrollTable } from './ScrollTable';

/** A measure in its unit; values come in hundredths (120 = 1.20). */
export function useMeasureText() {
  const { t } = useTranslation();
  const f = useFormatters();
  return (unit: Measure['unit'], hundredths: number) =>
    t(`stafflists.unit.${unit}`, { value: f.number(hundredths / 100), count: hundredths / 100 });
}

function RowsCell({ check }: { check: RequirementCheck }) {
  const { t } = useTranslation();
  return (
    <>
      {check.countedRows.length > 0 && (
        <Text size="sm">
          {t('stafflists.report.counted', { rows: check.countedRows.join(', ') })}
        </Text>
      )}
      {check.failedRows.length > 0 && (
        <List size="sm">
          {check.failedRows.map((f) => (
            <List.Item key={f.row}>
              {t('stafflists.report.failedRow', {
                row: f.row,
                reasons: f.reasons.map((r) => t(`stafflists.failure.${r}`)).join(', '),
              })}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}

/** "2026-11-14: ingen vaken personal", one line for each night the check names. */
function NightsList({ nights }: { nights: NightShort[] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  if (nights.length === 0) return null;
  return (
    <>
      <Text size="sm" fw={500} mt="xs">
        {t('stafflists.nights.heading', { count: nights.length })}
      </Text>
      <List size="sm">
        {nights.map((n) => (
          <List.Item key={n.date}>
            {t(`stafflists.nights.${n.reason}`, {
              date: f.day(n.date),
              awake: f.number(n.awakeHundredths / 100),
              required: f.number(n.requiredHundredths / 100),
            })}
          </List.Item>
        ))}
      </List>
    </>
  );
}

/** The report on a staff list: one row per requirement, met or not and by how much. */
export function ReportTable({ report }: { report: RequirementCheck[] }) {
  const { t } = useTranslation();
  const measure = useMeasureText();
  return (
    <ScrollTable minWidth={800} label={t('stafflists.report.caption')}>
      <Table>
        <Table.Caption>{t('stafflists.report.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('stafflists.report.requirement')}</Table.Th>
            <Table.Th scope="col">{t('stafflists.report.outcome')}</Table.Th>
            <Table.Th scope="col">{t('stafflists.report.measured')}</Table.Th>
            <Table.Th scope="col">{t('stafflists.report.required')}</Table.Th>
            <Table.Th scope="col">{t('stafflists.report.shortfall')}</Table.Th>
            <Table.Th scope="col">{t('stafflists.report.rows')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.map((check) => (
            <Table.Tr key={check.requirementId}>
              <Table.Th scope="row">
                {t(`stafflists.kind.${check.kind}`)}
                {check.description && (
                  <Text size="xs" c="dimmed" fw={400}>
                    {check.description}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>
                <OutcomeBadge outcome={check.outcome} />
                {check.notApplicable && (
                  <Text size="xs" c="dimmed">
                    {t(`stafflists.notApplicable.${check.notApplicable}`)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {check.measure ? measure(check.measure.unit, check.measure.measured) : '–'}
                {check.shifts?.map((s) => (
                  <Text size="xs" key={s.shift}>
                    {t(`stafflists.shift.${s.shift}`)}: {measure(s.unit, s.measured)} (
                    {t(`stafflists.outcome.${s.outcome}`)})
                  </Text>
                ))}
              </Table.Td>
              <Table.Td>
                {check.measure ? measure(check.measure.unit, check.measure.required) : '–'}
              </Table.Td>
              <Table.Td>
                {check.measure && check.measure.shortfall > 0
                  ? measure(check.measure.unit, check.measure.shortfall)
                  : '–'}
              </Table.Td>
              <Table.Td>
                <RowsCell check={check} />
                {check.nights && <NightsList nights={check.nights} />}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
