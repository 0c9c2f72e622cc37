import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, NumberInput, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CURRENCY_OF_COUNTRY } from '@tildel/domain/money';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { MoneyInput } from '../../../components/MoneyInput';
import { ApiError } from '../../../lib/api';
import { usePriceField } from '../../../lib/money';
import { useAddLotSupplier } from './api';
import type { DraftingChoices, Lot, LotSupplierInput, PriceUnit } from './types';

const FIELDS = ['supplierId', 'rank', 'price'];
const UNITS: PriceUnit[] = ['hour', 'day', 'month', 'package'];

/**
 * A supplier on a lot at a rank (the others move down), optionally with its agreed price: the
 * amount is typed as a decimal in the user's language and sent as whole minor units.
 */
export function AddSupplierDialog({
  orgId,
  agreementId,
  lot,
  choices,
  onClose,
  onSaved,
}: {
  orgId: string;
  agreementId: string;
  lot: Lot;
  choices: DraftingChoices;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation();
  const priceField = usePriceField();
  const mutation = useAddLotSupplier(orgId, agreementId, lot.id);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const currency = CURRENCY_OF_COUNTRY[choices.country];
  const lastRank = lot.suppliers.length + 1;
  const category = choices.categories.find((c) => c.id === lot.category.id);
  const [supplierId, setSupplierId] = useState<string | null>(null);
  const [rank, setRank] = useState<number | string>(lastRank);
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState<PriceUnit>(category?.defaultUnit ?? 'day');
  const [amountProblem, setAmountProblem] = useState<string | null>(null);
  const onLot = new Set(lot.suppliers.map((s) => s.supplierId));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input: LotSupplierInput = { supplierId: supplierId ?? '', rank: Number(rank) };
    // The price is optional; one that is typed must be an amount.
    const { amountMinor, error } = amount.trim()
      ? priceField.read(amount, currency)
      : { amountMinor: null, error: null };
    setAmountProblem(error);
    if (error !== null) return;
    if (amountMinor !== null) input.price = { amountMinor, currency, unit };
    const name = choices.suppliers.find((s) => s.id === supplierId)?.name ?? '';
    mutation.mutate(input, { onSuccess: () => onSaved(name) });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('agreements.supplierDialog.title', { number: lot.number, name: lot.name })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <Select
            label={t('agreements.supplier')}
            data={choices.suppliers
              .filter((s) => !onLot.has(s.id))
              .map((s) => ({ value: s.id, label: s.name }))}
            value={supplierId}
            onChange={setSupplierId}
            searchable
            limit={50}
            nothingFoundMessage={t('agreements.supplierDialog.nothingFound')}
            error={apiError?.fieldError('supplierId')}
            required
            data-autofocus
          />
          <NumberInput
            label={t('agreements.rank')}
            description={t('agreements.supplierDialog.rankHelp', { last: lastRank })}
            value={rank}
            onChange={setRank}
            min={1}
            max={lastRank}
            allowDecimal={false}
            error={apiError?.fieldError('rank')}
            required
          />
          <Group grow align="flex-start">
            <MoneyInput
              label={t('agreements.supplierDialog.amount', { currency })}
              description={t('agreements.supplierDialog.amountHelp')}
              currency={currency}
              value={amount}
              onChange={setAmount}
              error={amountProblem ?? apiError?.fieldError('price')}
            />
            <Select
              label={t('agreements.supplierDialog.unit')}
              data={UNITS.map((u) => ({ value: u, label: t(`agreements.unitPer.${u}`) }))}
              value={unit}
              onChange={(v) => setUnit((v as PriceUnit | null) ?? 'day')}
              allowDeselect={false}
            />
          </Group>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('agreements.supplierDialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
