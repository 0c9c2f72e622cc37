import { Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormatters } from '../../../lib/format';
import { sortsOf, usePageState } from '../../../lib/paging';
import { useFreshness, type Freshness, type FreshnessSort } from './api';
import { FreshnessText } from './FreshnessText';

type StaleOffer = Freshness['stale']['items'][number];
const SORTS = sortsOf<FreshnessSort>({ confirmedAt: true, supplier: true });

/**
 * For the matching team's page: the share of offers confirmed within the limit against the goal
 * (90%), and the stale offers, the longest unconfirmed first.
 */
export function FreshnessSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const state = usePageState(SORTS, { sort: 'confirmedAt', order: 'asc' }, { prefix: 'fresh' });
  const freshness = useFreshness(orgId, state);
  const data = freshness.data;
  const percent = data ? Math.round(data.share * 1000) / 10 : 0;
  const columns: DataColumn<StaleOffer, FreshnessSort>[] = [
    {
      key: 'offer',
      title: t('offers.columns.offer'),
      rowHeader: true,
      render: (o) => <Text size="sm">{o.name}</Text>,
    },
    {
      key: 'supplier',
      title: t('offers.freshness.supplier'),
      sort: 'supplier',
      render: (o) => <Text size="sm">{o.supplier.name}</Text>,
    },
    {
      key: 'confirmedAt',
      title: t('offers.columns.freshness'),
      sort: 'confirmedAt',
      render: (o) => (
        <FreshnessText confirmedAt={o.confirmedAt} confirmedBy={o.confirmedBy} stale={false} />
      ),
    },
    {
      key: 'remindedAt',
      title: t('offers.freshness.reminded'),
      render: (o) => <Text size="sm">{o.remindedAt ? f.date(o.remindedAt) : '—'}</Text>,
    },
  ];
  return (
    <section aria-labelledby="freshness-heading">
      <Title order={2} size="h3" id="freshness-heading" mb="sm">
        {t('offers.freshness.heading')}
      </Title>
      {data && (
        <Stack gap={6} mb="md" maw={640}>
          <Group gap="sm">
            <Text size="sm">
              {t('offers.freshness.share', {
                percent: f.number(percent),
                fresh: data.confirmedWithinLimit,
                total: data.total,
                days: data.limitDays,
              })}
            </Text>
            <StatusBadge tone={data.meetsGoal ? 'positive' : 'negative'}>
              {t(data.meetsGoal ? 'offers.freshness.goalMet' : 'offers.freshness.goalMissed', {
                goal: Math.round(data.goal * 100),
              })}
            </StatusBadge>
          </Group>
          <Progress
            value={percent}
            color={data.meetsGoal ? 'green' : 'red'}
            aria-label={t('offers.freshness.heading')}
          />
        </Stack>
      )}
      <DataTable
        caption={t('offers.freshness.caption', { count: data?.stale.total ?? 0 })}
        columns={columns}
        list={{ ...freshness, data: data?.stale }}
        state={state}
        rowKey={(o) => o.id}
        empty={t('offers.freshness.noneStale')}
      />
    </section>
  );
}
