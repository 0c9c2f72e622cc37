// Spend this year against last year, by service and by supplier, with the change in kronor and
// percent: the controller's home page shows it (lazily, with its texts) and so does /insights.
// No chart here, so the home page carries no chart library.
import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { ExportLinks } from '../../../components/ExportLinks';
import { INTL_LOCALE } from '../../../i18n';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { useMoney } from '../../../lib/money';
import { pageLocally, sortsOf, usePageState } from '../../../lib/paging';
import { useSpendYears, type YearRow, type YearsBy } from './api';

type Sort = 'label' | 'thisYear' | 'change';
const SORTS = sortsOf<Sort>({ label: true, thisYear: true, change: true });
const COMPARE: Record<Sort, (a: YearRow, b: YearRow) => number> = {
  label: (a, b) => a.label.localeCompare(b.label),
  thisYear: (a, b) => a.thisYearMinor - b.thisYearMinor,
  change: (a, b) => a.changeMinor - b.changeMinor,
};

/** "+8,9 %" / "−3,1 %" in the reader's language; a dash when last year had nothing. */
function usePercent() {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  return (percent: number | null) =>
    percent === null
      ? t('spend.noPercent')
      : `${new Intl.NumberFormat(INTL_LOCALE[locale], {
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
          signDisplay: 'exceptZero',
        }).format(percent)} %`;
}

function useSignedMoney() {
  const money = useMoney();
  return (minor: number, currency: YearRow['currency']) =>
    minor > 0 ? `+${money(minor, currency)}` : money(minor, currency);
}

function YearTable({ orgId, by }: { orgId: string; by: YearsBy }) {
  const { t } = useTranslation();
  const years = useSpendYears(orgId, by);
  const page = usePageState(
    SORTS,
    { sort: 'thisYear', order: 'desc' },
    { prefix: by, pageSize: 10 },
  );
  const money = useMoney();
  const signed = useSignedMoney();
  const percent = usePercent();
  const year = years.data?.year;
  const shown = pageLocally(years.data?.rows ?? [], page, COMPARE);
  const columns: DataColumn<YearRow, Sort>[] = [
    {
      key: 'label',
      title: t(by === 'service' ? 'spend.byOption.service' : 'spend.byOption.supplier'),
      sort: 'label',
      rowHeader: true,
      render: (r) => r.label || t('spend.unnamed'),
    },
    {
      key: 'thisYear',
      title: t('spend.columns.thisYear', { year }),
      sort: 'thisYear',
      align: 'right',
      render: (r) => money(r.thisYearMinor, r.currency),
    },
    {
      key: 'lastYear',
      title: t('spend.columns.lastYear', { year: year !== undefined ? year - 1 : '' }),
      align: 'right',
      render: (r) => money(r.lastYearMinor, r.currency),
    },
    {
      key: 'change',
      title: t('spend.columns.change'),
      sort: 'change',
      align: 'right',
      render: (r) => signed(r.changeMinor, r.currency),
    },
    {
      key: 'changePercent',
      title: t('spend.columns.changePercent'),
      align: 'right',
      render: (r) => percent(r.changePercent),
    },
  ];
  return (
    <DataTable
      caption={t(by === 'service' ? 'spend.years.captionService' : 'spend.years.captionSupplier')}
      columns={columns}
      list={{
        data: years.data ? { items: shown.rows, total: shown.total } : undefined,
        isPending: years.isPending,
        error: years.error,
      }}
      state={page}
      rowKey={(r) => `${r.key}|${r.currency}`}
      empty={t('spend.years.empty')}
      toolbar={
        <ExportLinks
          path={`/api/organisations/${orgId}/insights/spend/years/export`}
          params={{ by, year }}
        />
      }
    />
  );
}

function Totals({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const years = useSpendYears(orgId, 'service');
  const money = useMoney();
  const signed = useSignedMoney();
  const percent = usePercent();
  if (!years.data || years.data.totals.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} maw={720}>
      {years.data.totals.map((total) => (
        <Paper key={total.currency} withBorder p="md" radius="md">
          <Text size="sm" c="dimmed">
            {t('spend.years.total', { currency: total.currency })}
          </Text>
          <Text fz={28} fw={700} lh={1.2}>
            {money(total.thisYearMinor, total.currency)}
          </Text>
          <Text size="sm">
            {t('spend.columns.lastYear', { year: years.data.year - 1 })}:{' '}
            {money(total.lastYearMinor, total.currency)} ·{' '}
            {signed(total.changeMinor, total.currency)} ({percent(total.changePercent)})
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

export function SpendThisYear({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  return (
    <Stack gap="md">
      <Totals orgId={orgId} />
      <Title order={headingLevel} size="h4">
        {t('spend.years.byService')}
      </Title>
      <YearTable orgId={orgId} by="service" />
      <Title order={headingLevel} size="h4">
        {t('spend.years.bySupplier')}
      </Title>
      <YearTable orgId={orgId} by="supplier" />
      <Group>
        <Anchor component={Link} to="/insights">
          {t('spend.years.seeAll')}
        </Anchor>
      </Group>
    </Stack>
  );
}
