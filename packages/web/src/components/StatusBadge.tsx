import { Badge } from '@mantine/core';

export type Tone = 'neutral' | 'positive' | 'negative' | 'waiting';

/**
 * Dark text colours: with the light variant the badge gets a 10 % tint of the same colour, so
 * each pair stays above 4.5:1 (Mantine's teal-9 on teal-1, for one, does not).
 */
const COLORS: Record<Tone, string> = {
  neutral: '#343a40',
  positive: '#0b5d3b',
  negative: '#a51d1d',
  waiting: '#1864ab',
};

/** A status label in words, never in colour alone. */
export function StatusBadge({ tone, children }: { tone: Tone; children: string }) {
  return (
    <Badge color={COLORS[tone]} variant="light">
      {children}
    </Badge>
  );
}
