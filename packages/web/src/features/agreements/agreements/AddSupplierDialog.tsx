import { useState } from 'react';
import { Group, NumberInput, Select } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CURRENCY_OF_COUNTRY } from '@tildel/domain/money';
import { FormDialog } from '../../../components/FormDialog';
import { MoneyInput } from '../../../components/MoneyInput';
import { SearchSelect } from '../../../components/SearchSelect';
import { usePriceField } from '../../../lib/money';
import { findSuppliers, useAddLotSupplier } from './api';
import type { DraftingChoices, Lot, LotSupplierInput, PriceUnit } from './types';

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
  const currency = CURRENCY_OF_COUNTRY[choices.country];
  const lastRank = lot.suppliers.length + 1;
  const category = choices.categories.find((c) => c.id === lot.category.id);
  const form = useForm({
    initialValues: {
      supplierId: null as string | null,
      rank: lastRank as number | string,
      amount: '',
      unit: category?.defaultUnit ?? ('day' as PriceUnit),
    },
    // The price is optional; one that is typed must be an amount.
    validate: {
      amount: (amount) => (amount.trim() ? priceField.read(amount, currency).error : null),
    },
  });
  const onLot = new Set(lot.suppliers.map((s) => s.supplierId));
  const [chosenName, setChosenName] = useState('');

  const toVariables = ({ supplierId, rank, amount, unit }: typeof form.values) => {
    const input: LotSupplierInput = { supplierId: supplierId ?? '', rank: Number(rank) };
    const amountMinor = amount.trim() ? priceField.read(amount, currency).amountMinor : null;
    if (amountMinor !== null) input.price = { amountMinor, currency, unit };
    return input;
  };

  return (
    <FormDialog
      title={t('agreements.supplierDialog.title', { number: lot.number, name: lot.name })}
      size="lg"
      form={form}
      mutation={mutation}
      serverFields={{ price: 'amount' }}
      toVariables={toVariables}
      onSaved={() => onSaved(chosenName)}
      onClose={onClose}
      submitLabel={t('agreements.supplierDialog.submit')}
    >
      <SearchSelect
        label={t('agreements.supplier')}
        queryKey={['organisations', orgId, 'supplier-choices', lot.id, [...onLot].sort()]}
        // Those already on the lot are left out.
        search={async (text, signal) => {
          const found = await findSuppliers(orgId, text, signal);
          const items = found.items.filter((s) => !onLot.has(s.value));
          return { items, total: found.total - (found.items.length - items.length) };
        }}
        {...form.getInputProps('supplierId')}
        onChosen={(choice) => setChosenName(choice?.label ?? '')}
        required
        data-autofocus
      />
      <NumberInput
        label={t('agreements.rank')}
        description={t('agreements.supplierDialog.rankHelp', { last: lastRank })}
        {...form.getInputProps('rank')}
        min={1}
        max={lastRank}
        allowDecimal={false}
        required
      />
      <Group grow align="flex-start">
        <MoneyInput
          label={t('agreements.supplierDialog.amount', { currency })}
          description={t('agreements.supplierDialog.amountHelp')}
          currency={currency}
          {...form.getInputProps('amount')}
        />
        <Select
          label={t('agreements.supplierDialog.unit')}
          data={UNITS.map((u) => ({ value: u, label: t(`agreements.unitPer.${u}`) }))}
          {...form.getInputProps('unit')}
          allowDeselect={false}
        />
      </Group>
    </FormDialog>
  );
}
