import { Badge } from '@mantine/core';

export type Tone = 'neutral' | 'positive' | 'negative' | 'waiting';

const COLORS: Record<Tone, string> = {
  neutral: 'gray',
  positive: 'teal',
  negative: 'red',
  waiting: 'blue',
};

/** A status label; light variants use shade 9 text on shade 1 background (contrast ≥ 4.5:1). */
export function StatusBadge({ tone, children }: { tone: Tone; children: string }) {
  return (
    <Badge color={COLORS[tone]} variant="light">
      {children}
    </Badge>
  );
}
