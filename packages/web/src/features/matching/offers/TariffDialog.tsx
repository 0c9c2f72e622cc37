import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CURRENCY_OF_COUNTRY } from '@tildel/domain/money';
import { PRICE_UNITS } from '@tildel/domain/taxonomy';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { MoneyInput } from '../../../components/MoneyInput';
import { usePriceField } from '../../../lib/money';
import { useAddTariff, type Offer } from './api';

/** A new tariff (takst) per unit from a day, with when and by whom it was negotiated. */
export function TariffDialog({
  orgId,
  offer,
  onClose,
}: {
  orgId: string;
  offer: Offer;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { read } = usePriceField();
  const currency = CURRENCY_OF_COUNTRY[offer.country];
  const form = useForm({
    initialValues: {
      unit: 'hour' as string,
      amount: '',
      validFrom: '',
      negotiatedOn: '',
      negotiatedByName: '',
    },
    validate: {
      amount: (value) =>
        value.trim() ? read(value, currency).error : t('offers.tariff.amountRequired'),
      validFrom: (value) => (value ? null : t('offers.tariff.validFromRequired')),
    },
  });
  const mutation = useAddTariff(orgId);
  return (
    <FormDialog
      title={t('offers.tariff.title', { name: offer.name })}
      form={form}
      mutation={mutation}
      serverFields={{ amountMinor: 'amount' }}
      toVariables={(v) => ({
        id: offer.id,
        unit: v.unit as (typeof PRICE_UNITS)[number],
        amountMinor: read(v.amount, currency).amountMinor ?? 0,
        currency,
        validFrom: v.validFrom,
        negotiatedOn: v.negotiatedOn || null,
        negotiatedByName: v.negotiatedByName.trim() || null,
      })}
      onSaved={onClose}
      onClose={onClose}
      submitLabel={t('offers.tariff.submit')}
    >
      <SimpleGrid cols={2}>
        <Select
          label={t('offers.tariff.unit')}
          data={PRICE_UNITS.map((u) => ({ value: u, label: t(`offers.units.${u}`) }))}
          allowDeselect={false}
          {...form.getInputProps('unit')}
        />
        <MoneyInput
          label={t('offers.tariff.amount', { currency })}
          currency={currency}
          withAsterisk
          {...form.getInputProps('amount')}
        />
        <TextInput
          type="date"
          label={t('offers.tariff.validFrom')}
          withAsterisk
          {...form.getInputProps('validFrom')}
        />
        <TextInput
          type="date"
          label={t('offers.tariff.negotiatedOn')}
          {...form.getInputProps('negotiatedOn')}
        />
      </SimpleGrid>
      <TextInput
        label={t('offers.tariff.negotiatedBy')}
        maxLength={200}
        {...form.getInputProps('negotiatedByName')}
      />
    </FormDialog>
  );
}
