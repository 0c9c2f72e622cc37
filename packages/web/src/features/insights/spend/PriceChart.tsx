// Mean unit price per period, one line per service, for one currency and unit. The caption says
// what it shows; the table under it holds the same figures.
import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import type { Currency } from '@tildel/domain/money';
import { useMoney } from '../../../lib/money';
import type { PriceRow } from './api';

const COLOURS = ['blue.6', 'teal.7', 'grape.6', 'orange.7', 'red.7', 'cyan.7', 'lime.8', 'pink.6'];

export function PriceChart({
  currency,
  rows,
  caption,
}: {
  currency: Currency;
  rows: readonly PriceRow[];
  caption: string;
}) {
  const money = useMoney();
  const services = [...new Map(rows.map((r) => [r.serviceId, r.service])).entries()];
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const data = periods.map((period) => ({
    period,
    ...Object.fromEntries(
      rows.filter((r) => r.period === period).map((r) => [r.serviceId, r.averageUnitPriceMinor]),
    ),
  }));
  return (
    <figure style={{ margin: 0 }}>
      <LineChart
        h={260}
        data={data}
        dataKey="period"
        series={services.map(([id, name], i) => ({
          name: id,
          label: name,
          color: COLOURS[i % COLOURS.length]!,
        }))}
        valueFormatter={(minor) => money(minor, currency)}
        yAxisProps={{ width: 110 }}
        withLegend
        withTooltip={false}
        connectNulls
      />
      <Text component="figcaption" size="sm" c="dimmed">
        {caption}
      </Text>
    </figure>
  );
}
