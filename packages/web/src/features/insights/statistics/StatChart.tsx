// A bar chart of a statistics view, drawn when the charts chunk has come. The table under it
// holds the same figures as text, so the figure is named for screen readers and the table read.
import { lazy, Suspense, type ComponentProps } from 'react';
import { Loading } from '../../../components/Loading';

const BarChart = lazy(() => import('./BarChartLazy'));

type Props = ComponentProps<typeof BarChart> & { label: string };

export function StatChart({ label, ...chart }: Props) {
  return (
    <figure aria-label={label} style={{ margin: 0 }}>
      <Suspense fallback={<Loading />}>
        <BarChart h={260} withLegend tickLine="y" {...chart} />
      </Suspense>
    </figure>
  );
}
