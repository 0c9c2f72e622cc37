// The selection above a spend or price view: what to break down by, the period, and the dates.
import type { ReactNode } from 'react';
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INTERVALS, SPEND_DIMENSIONS } from './api';
import type { useUrlFilters } from './filters';

export function SpendFilters({
  filters,
  showBy,
  extra,
}: {
  filters: ReturnType<typeof useUrlFilters>;
  showBy: boolean;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const { values, set, clear } = filters;
  return (
    <Group gap="md" align="flex-end" role="group" aria-label={t('spend.filters')}>
      {showBy && (
        <NativeSelect
          label={t('spend.by')}
          value={values.by ?? 'service'}
          onChange={(e) => set({ by: e.currentTarget.value })}
          data={SPEND_DIMENSIONS.map((d) => ({ value: d, label: t(`spend.byOption.${d}`) }))}
        />
      )}
      <NativeSelect
        label={t('spend.interval')}
        value={values.interval ?? (showBy ? 'month' : 'quarter')}
        onChange={(e) => set({ interval: e.currentTarget.value })}
        data={INTERVALS.map((i) => ({ value: i, label: t(`spend.intervalOption.${i}`) }))}
      />
      <TextInput
        type="date"
        label={t('spend.from')}
        value={values.from ?? ''}
        onChange={(e) => set({ from: e.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={t('spend.to')}
        value={values.to ?? ''}
        onChange={(e) => set({ to: e.currentTarget.value })}
      />
      {extra}
      <Button variant="subtle" onClick={clear}>
        {t('spend.clear')}
      </Button>
    </Group>
  );
}
