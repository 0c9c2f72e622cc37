import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { useFormatters } from '../../../lib/format';
import type { StaffListDetail } from './api';
import { RequestStatusBadge } from './OutcomeBadge';
import { ReportTable } from './ReportTable';
import { ShiftRowsTable } from './ShiftRowsTable';
import { StaffRowsTable } from './StaffRowsTable';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/** What was asked for: establishment, supplier, agreement, period, residents and deadline. */
export function RequestFacts({ detail }: { detail: StaffListDetail }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const r = detail.request;
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Fact label={t('stafflists.establishment')}>{r.establishment.name}</Fact>
        <Fact label={t('stafflists.supplier')}>{r.supplier.name}</Fact>
        <Fact label={t('stafflists.agreement')}>
          {r.agreement.reference} {r.agreement.title}
        </Fact>
        <Fact label={t('stafflists.period')}>
          {f.date(r.periodFrom)} – {f.date(r.periodTo)}
        </Fact>
        <Fact label={t('stafflists.placedResidents')}>{r.placedResidents}</Fact>
        <Fact label={t('stafflists.deadline')}>{f.dateTime(r.deadline)}</Fact>
        <Fact label={t('stafflists.statusLabel')}>
          <RequestStatusBadge request={r} />
        </Fact>
        <Fact label={t('stafflists.requestedBy')}>{r.body.name}</Fact>
        {r.message && <Fact label={t('stafflists.message')}>{r.message}</Fact>}
      </SimpleGrid>
    </Paper>
  );
}

/** The report per requirement, the rows with names, and every submission so far. */
export function StaffListReport({ detail }: { detail: StaffListDetail }) {
  const { t } = useTranslation();
  const f = useFormatters();
  if (!detail.latest || !detail.report)
    return <EmptyState title={t('stafflists.noList')}>{t('stafflists.noListHelp')}</EmptyState>;
  const latest = detail.latest;
  return (
    <Stack gap="lg">
      <section aria-labelledby="staff-list-report">
        <Title order={2} size="h3" id="staff-list-report" mb="xs">
          {t('stafflists.report.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('stafflists.report.basis', {
            date: f.dateTime(latest.submittedAt),
            name: latest.submittedByName,
            source: t(`stafflists.source.${latest.source}`),
          })}
        </Text>
        <ReportTable report={detail.report} />
      </section>
      <section aria-labelledby="staff-list-rows">
        <Title order={2} size="h3" id="staff-list-rows" mb="xs">
          {t('stafflists.rows.title')}
        </Title>
        <StaffRowsTable rows={latest.rows} caption={t('stafflists.rows.caption')} />
      </section>
      {latest.shifts.length > 0 && (
        <section aria-labelledby="staff-list-shifts">
          <Title order={2} size="h3" id="staff-list-shifts" mb="xs">
            {t('stafflists.shiftRows.title')}
          </Title>
          <ShiftRowsTable rows={latest.shifts} />
        </section>
      )}
      <section aria-labelledby="staff-list-history">
        <Title order={2} size="h3" id="staff-list-history" mb="xs">
          {t('stafflists.history.title')}
        </Title>
        <Table>
          <Table.Caption>{t('stafflists.history.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('stafflists.history.submittedAt')}</Table.Th>
              <Table.Th scope="col">{t('stafflists.history.by')}</Table.Th>
              <Table.Th scope="col">{t('stafflists.history.source')}</Table.Th>
              <Table.Th scope="col">{t('stafflists.history.rowCount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.history.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{f.dateTime(s.submittedAt)}</Table.Td>
                <Table.Td>{s.submittedByName}</Table.Td>
                <Table.Td>
                  {t(`stafflists.source.${s.source}`)}
                  {s.fileName ? ` (${s.fileName})` : ''}
                </Table.Td>
                <Table.Td>{s.rowCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
    </Stack>
  );
}
