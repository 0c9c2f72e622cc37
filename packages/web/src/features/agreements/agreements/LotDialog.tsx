import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  NumberInput,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../lib/api';
import { useFormatters } from '../../../lib/format';
import { useSaveLot } from './api';
import { categoryName } from './names';
import type { CallOffMethodKind, DraftingChoices, Lot, PriceUnit } from './types';

const FIELDS = [
  'number',
  'name',
  'categoryId',
  'areaMunicipalityCodes',
  'method',
  'volumeThreshold',
  'volumeUnit',
];
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
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const [number, setNumber] = useState<number | string>(lot?.number ?? nextNumber);
  const [name, setName] = useState(lot?.name ?? '');
  const [categoryId, setCategoryId] = useState<string | null>(lot?.category.id ?? null);
  const [area, setArea] = useState(lot?.areaMunicipalityCodes.join(', ') ?? '');
  const [method, setMethod] = useState<CallOffMethodKind>(lot?.method.kind ?? 'ranking');
  const [threshold, setThreshold] = useState<number | string>(lot?.method.threshold ?? '');
  const [unit, setUnit] = useState<PriceUnit>(lot?.method.unit ?? 'day');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const volumeRule = method === 'volume_rule';
    mutation.mutate(
      {
        number: Number(number),
        name,
        categoryId: categoryId ?? '',
        areaMunicipalityCodes: codesOf(area),
        method,
        volumeThreshold: volumeRule && threshold !== '' ? Number(threshold) : null,
        volumeUnit: volumeRule ? unit : null,
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        lot
          ? t('agreements.lotDialog.editTitle', {
              lot: t('agreements.lotLabel', { number: lot.number, name: lot.name }),
            })
          : t('agreements.lotDialog.title')
      }
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <Group grow align="flex-start">
            <NumberInput
              label={t('agreements.lotDialog.number')}
              value={number}
              onChange={setNumber}
              min={1}
              max={999}
              allowDecimal={false}
              error={apiError?.fieldError('number')}
              required
            />
            <TextInput
              label={t('agreements.lotDialog.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={apiError?.fieldError('name')}
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
            value={categoryId}
            onChange={(v) => {
              setCategoryId(v);
              const chosen = choices.categories.find((c) => c.id === v);
              if (chosen) setUnit(chosen.defaultUnit);
            }}
            searchable
            error={apiError?.fieldError('categoryId')}
            required
          />
          <TextInput
            label={t('agreements.lotDialog.area')}
            description={t('agreements.lotDialog.areaHelp')}
            value={area}
            onChange={(e) => setArea(e.currentTarget.value)}
            error={apiError?.fieldError('areaMunicipalityCodes')}
          />
          <Radio.Group
            label={t('agreements.lotDialog.method')}
            value={method}
            onChange={(v) => setMethod(v as CallOffMethodKind)}
            error={apiError?.fieldError('method')}
          >
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
                  value={threshold}
                  onChange={setThreshold}
                  min={1}
                  allowDecimal={false}
                  error={apiError?.fieldError('volumeThreshold')}
                  required
                />
                <Select
                  label={t('agreements.lotDialog.unit')}
                  data={UNITS.map((u) => ({ value: u, label: t(`agreements.unit.${u}`) }))}
                  value={unit}
                  onChange={(v) => setUnit((v as PriceUnit | null) ?? 'day')}
                  allowDeselect={false}
                  error={apiError?.fieldError('volumeUnit')}
                  required
                />
              </Group>
              <Text size="sm" aria-live="polite">
                {threshold === ''
                  ? t('agreements.lotDialog.volumeRuleUnset')
                  : t('agreements.lotDialog.volumeRuleInWords', {
                      threshold,
                      unit: t(`agreements.unit.${unit}`),
                    })}
              </Text>
            </>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t(lot ? 'agreements.lotDialog.editSubmit' : 'agreements.lotDialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
