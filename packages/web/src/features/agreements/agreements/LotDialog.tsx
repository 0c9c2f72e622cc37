import { Group, NumberInput, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { useFormatters } from '../../../lib/format';
import { useSaveLot } from './api';
import { categoryName } from './names';
import type { CallOffMethodKind, DraftingChoices, Lot, PriceUnit } from './types';

const METHODS: CallOffMethodKind[] = ['ranking', 'renewed_competition', 'volume_rule'];
const UNITS: PriceUnit[] = ['hour', 'day', 'month', 'package'];

/** "1290, 1293" → ["1290", "1293"]; the server says which codes it does not know. */
function codesOf(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

/**
 * A lot of a draft, new or (given `lot`) edited: number, name, service category, area and
 * call-off method.
 */
export function LotDialog({
  orgId,
  agreementId,
  choices,
  lot,
  nextNumber,
  onClose,
  onSaved,
}: {
  orgId: string;
  agreementId: string;
  choices: DraftingChoices;
  lot?: Lot;
  nextNumber: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const mutation = useSaveLot(orgId, agreementId, lot?.id);
  const form = useForm({
    initialValues: {
      number: (lot?.number ?? nextNumber) as number | string,
      name: lot?.name ?? '',
      categoryId: lot?.category.id ?? (null as string | null),
      areaMunicipalityCodes: lot?.areaMunicipalityCodes.join(', ') ?? '',
      method: lot?.method.kind ?? ('ranking' as CallOffMethodKind),
      volumeThreshold: (lot?.method.threshold ?? '') as number | string,
      volumeUnit: lot?.method.unit ?? ('day' as PriceUnit),
    },
    // A category brings its usual price unit; another may be chosen after.
    onValuesChange: (values, previous) => {
      if (values.categoryId === previous.categoryId) return;
      const chosen = choices.categories.find((c) => c.id === values.categoryId);
      if (chosen) form.setFieldValue('volumeUnit', chosen.defaultUnit);
    },
  });
  const { method, volumeThreshold, volumeUnit } = form.values;

  const toVariables = (values: typeof form.values) => {
    const volumeRule = values.method === 'volume_rule';
    return {
      number: Number(values.number),
      name: values.name,
      categoryId: values.categoryId ?? '',
      areaMunicipalityCodes: codesOf(values.areaMunicipalityCodes),
      method: values.method,
      volumeThreshold:
        volumeRule && values.volumeThreshold !== '' ? Number(values.volumeThreshold) : null,
      volumeUnit: volumeRule ? values.volumeUnit : null,
    };
  };

  return (
    <FormDialog
      title={
        lot
          ? t('agreements.lotDialog.editTitle', {
              lot: t('agreements.lotLabel', { number: lot.number, name: lot.name }),
            })
          : t('agreements.lotDialog.title')
      }
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={toVariables}
      onSaved={onSaved}
      onClose={onClose}
      submitLabel={t(lot ? 'agreements.lotDialog.editSubmit' : 'agreements.lotDialog.submit')}
    >
      <Group grow align="flex-start">
        <NumberInput
          label={t('agreements.lotDialog.number')}
          {...form.getInputProps('number')}
          min={1}
          max={999}
          allowDecimal={false}
          required
        />
        <TextInput
          label={t('agreements.lotDialog.name')}
          {...form.getInputProps('name')}
          required
          data-autofocus
        />
      </Group>
      <Select
        label={t('agreements.lotDialog.category')}
        data={choices.categories.map((c) => ({
          value: c.id,
          label: categoryName(c, f.locale),
        }))}
        {...form.getInputProps('categoryId')}
        searchable
        required
      />
      <TextInput
        label={t('agreements.lotDialog.area')}
        description={t('agreements.lotDialog.areaHelp')}
        {...form.getInputProps('areaMunicipalityCodes')}
      />
      <Radio.Group label={t('agreements.lotDialog.method')} {...form.getInputProps('method')}>
        <Stack gap="xs" mt="xs">
          {METHODS.map((m) => (
            <Radio
              key={m}
              value={m}
              label={t(`agreements.lotDialog.methods.${m}`)}
              description={t(`agreements.lotDialog.methodHelp.${m}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {method === 'volume_rule' && (
        <>
          <Group grow align="flex-start">
            <NumberInput
              label={t('agreements.lotDialog.threshold')}
              {...form.getInputProps('volumeThreshold')}
              min={1}
              allowDecimal={false}
              required
            />
            <Select
              label={t('agreements.lotDialog.unit')}
              data={UNITS.map((u) => ({ value: u, label: t(`agreements.unit.${u}`) }))}
              {...form.getInputProps('volumeUnit')}
              allowDeselect={false}
              required
            />
          </Group>
          <Text size="sm" aria-live="polite">
            {volumeThreshold === ''
              ? t('agreements.lotDialog.volumeRuleUnset')
              : t('agreements.lotDialog.volumeRuleInWords', {
                  threshold: volumeThreshold,
                  unit: t(`agreements.unit.${volumeUnit}`),
                })}
          </Text>
        </>
      )}
    </FormDialog>
  );
}
