import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, type Currency } from '@tildel/domain/money';
import { ApiError } from '../../../lib/api';
import { useFormatters } from '../../../lib/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { MoneyInput } from '../../../components/MoneyInput';
import { usePriceField } from '../../../lib/money';
import { UNITS, useAddPrice, type PriceList, type Unit } from './api';

const FIELDS = [
  'categoryId',
  'establishmentId',
  'unit',
  'amountMinor',
  'currency',
  'validFrom',
  'validTo',
  'note',
];

/**
 * A new price: the supplier's proposal (supplierId null) or an agreed price an officer records.
 * The amount is typed as a decimal in the user's language and sent as whole minor units.
 */
export function PriceDialog(props: {
  orgId: string;
  supplierId: string | null;
  list: PriceList;
  defaultCurrency: Currency;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { orgId, supplierId, list, defaultCurrency, onClose, onSaved } = props;
  const { t } = useTranslation();
  const f = useFormatters();
  const [categoryId, setCategoryId] = useState(list.categories[0]?.id ?? '');
  const [establishmentId, setEstablishmentId] = useState<string | null>(null);
  const [unit, setUnit] = useState<Unit>(list.categories[0]?.defaultUnit ?? 'day');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState<Currency>(defaultCurrency);
  const [validFrom, setValidFrom] = useState(list.today);
  const [validTo, setValidTo] = useState('');
  const [note, setNote] = useState('');
  const [amountProblem, setAmountProblem] = useState<string | null>(null);
  const priceField = usePriceField();
  const mutation = useAddPrice(orgId, supplierId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { amountMinor, error } = priceField.read(amount, currency);
    setAmountProblem(error);
    if (amountMinor === null) return;
    mutation.mutate(
      {
        categoryId,
        establishmentId,
        unit,
        amountMinor,
        currency,
        validFrom,
        validTo: validTo || null,
        note,
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={supplierId ? t('prices.dialog.agreeTitle') : t('prices.dialog.proposeTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <Select
            label={t('prices.category')}
            data={list.categories.map((c) => ({
              value: c.id,
              label: `${c.name[f.locale]} (${c.organisationName})`,
            }))}
            value={categoryId}
            onChange={(v) => {
              setCategoryId(v ?? '');
              const chosen = list.categories.find((c) => c.id === v);
              if (chosen) setUnit(chosen.defaultUnit);
            }}
            allowDeselect={false}
            required
            error={apiError?.fieldError('categoryId')}
            data-autofocus
          />
          {list.establishments.length > 0 && (
            <Select
              label={t('prices.establishment')}
              placeholder={t('prices.dialog.allEstablishments')}
              data={list.establishments.map((e) => ({ value: e.id, label: e.name }))}
              value={establishmentId}
              onChange={setEstablishmentId}
              clearable
              error={apiError?.fieldError('establishmentId')}
            />
          )}
          <Group grow align="flex-start">
            <MoneyInput
              label={t('prices.amount')}
              description={t('prices.dialog.amountHelp')}
              currency={currency}
              value={amount}
              onChange={setAmount}
              required
              maxLength={30}
              error={amountProblem ?? apiError?.fieldError('amountMinor')}
            />
            <Select
              label={t('prices.currency')}
              data={[...CURRENCIES]}
              value={currency}
              onChange={(v) => setCurrency((v as Currency) ?? defaultCurrency)}
              allowDeselect={false}
              required
            />
            <Select
              label={t('prices.unitLabel')}
              data={UNITS.map((u) => ({ value: u, label: t(`prices.unit.${u}`) }))}
              value={unit}
              onChange={(v) => setUnit((v as Unit) ?? 'day')}
              allowDeselect={false}
              required
            />
          </Group>
          <Group grow>
            <TextInput
              type="date"
              label={t('prices.validFrom')}
              value={validFrom}
              onChange={(e) => setValidFrom(e.currentTarget.value)}
              required
              error={apiError?.fieldError('validFrom')}
            />
            <TextInput
              type="date"
              label={t('prices.validTo')}
              value={validTo}
              onChange={(e) => setValidTo(e.currentTarget.value)}
              error={apiError?.fieldError('validTo')}
            />
          </Group>
          <TextInput
            label={t('prices.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={1000}
            error={apiError?.fieldError('note')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {supplierId ? t('prices.dialog.agreeSubmit') : t('prices.dialog.proposeSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
