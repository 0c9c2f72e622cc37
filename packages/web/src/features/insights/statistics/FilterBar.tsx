// The period and procedure of the statistics; the municipality, agreement and DPS come from a
// drill-down link and are shown with a way to clear them.
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CALLOFF_PROCEDURES } from '@tildel/domain/procedures/vocabulary';
import { useStatisticsFilter } from './filters';

export function FilterBar({ withProcedure }: { withProcedure: boolean }) {
  const { t } = useTranslation();
  const { filter, setFilter } = useStatisticsFilter();
  const narrowed = filter.municipalityId || filter.agreementId || filter.dpsId;
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        type="date"
        label={t('statistics.filter.from')}
        value={filter.from ?? ''}
        onChange={(e) => setFilter({ from: e.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={t('statistics.filter.to')}
        value={filter.to ?? ''}
        onChange={(e) => setFilter({ to: e.currentTarget.value })}
      />
      {withProcedure && (
        <NativeSelect
          label={t('statistics.filter.procedure')}
          value={filter.procedure ?? ''}
          onChange={(e) => setFilter({ procedure: e.currentTarget.value })}
          data={[
            { value: '', label: t('statistics.filter.allProcedures') },
            ...CALLOFF_PROCEDURES.map((p) => ({
              value: p,
              label: t(`needs.calloff.procedures.${p}`),
            })),
          ]}
        />
      )}
      {narrowed && (
        <Button
          variant="subtle"
          onClick={() =>
            setFilter({ municipalityId: undefined, agreementId: undefined, dpsId: undefined })
          }
        >
          {t('statistics.filter.clearNarrowing')}
        </Button>
      )}
    </Group>
  );
}
