// A bar chart of committed spend in one currency. It is a figure whose caption says what it shows
// and that the table under it holds the same figures: the table is the accessible equivalent.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import type { Currency } from '@tildel/domain/money';
import { useMoney } from '../../../lib/money';

export function SpendChart({
  currency,
  bars,
  caption,
}: {
  currency: Currency;
  bars: { label: string; committed: number }[];
  caption: string;
}) {
  const money = useMoney();
  return (
    <figure style={{ margin: 0 }}>
      <BarChart
        h={Math.max(200, bars.length * 28)}
        data={bars}
        dataKey="label"
        orientation="vertical"
        yAxisProps={{ width: 180 }}
        series={[{ name: 'committed', label: caption, color: 'blue.6' }]}
        valueFormatter={(minor) => money(minor, currency)}
        withTooltip={false}
      />
      <Text component="figcaption" size="sm" c="dimmed">
        {caption}
      </Text>
    </figure>
  );
}
