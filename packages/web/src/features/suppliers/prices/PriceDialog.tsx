import { Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, type Currency } from '@tildel/domain/money';
import { useFormatters } from '../../../lib/format';
import { FormDialog } from '../../../components/FormDialog';
import { MoneyInput } from '../../../components/MoneyInput';
import { usePriceField } from '../../../lib/money';
import { UNITS, useAddPrice, type PriceList, type Unit } from './api';

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
  const priceField = usePriceField();
  const mutation = useAddPrice(orgId, supplierId);
  // Field names are the server's, so that its refusals stand at the right field.
  const form = useForm({
    initialValues: {
      categoryId: list.categories[0]?.id ?? '',
      establishmentId: null as string | null,
      unit: (list.categories[0]?.defaultUnit ?? 'day') as Unit,
      amountMinor: '',
      currency: defaultCurrency,
      validFrom: list.today,
      validTo: '',
      note: '',
    },
    validate: {
      amountMinor: (value, values) => priceField.read(value, values.currency).error,
    },
  });

  return (
    <FormDialog
      title={supplierId ? t('prices.dialog.agreeTitle') : t('prices.dialog.proposeTitle')}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={(values) => ({
        ...values,
        amountMinor: priceField.read(values.amountMinor, values.currency).amountMinor!,
        validTo: values.validTo || null,
      })}
      onSaved={onSaved}
      onClose={onClose}
      submitLabel={supplierId ? t('prices.dialog.agreeSubmit') : t('prices.dialog.proposeSubmit')}
    >
      <Select
        label={t('prices.category')}
        data={list.categories.map((c) => ({
          value: c.id,
          label: `${c.name[f.locale]} (${c.organisationName})`,
        }))}
        {...form.getInputProps('categoryId')}
        onChange={(v) => {
          form.setFieldValue('categoryId', v ?? '');
          const chosen = list.categories.find((c) => c.id === v);
          if (chosen) form.setFieldValue('unit', chosen.defaultUnit);
        }}
        allowDeselect={false}
        required
        data-autofocus
      />
      {list.establishments.length > 0 && (
        <Select
          label={t('prices.establishment')}
          placeholder={t('prices.dialog.allEstablishments')}
          data={list.establishments.map((e) => ({ value: e.id, label: e.name }))}
          {...form.getInputProps('establishmentId')}
          clearable
        />
      )}
      <Group grow align="flex-start">
        <MoneyInput
          label={t('prices.amount')}
          description={t('prices.dialog.amountHelp')}
          currency={form.getValues().currency}
          {...form.getInputProps('amountMinor')}
          required
          maxLength={30}
        />
        <Select
          label={t('prices.currency')}
          data={[...CURRENCIES]}
          {...form.getInputProps('currency')}
          onChange={(v) =>
            form.setFieldValue('currency', (v as Currency | null) ?? defaultCurrency)
          }
          allowDeselect={false}
          required
        />
        <Select
          label={t('prices.unitLabel')}
          data={UNITS.map((u) => ({ value: u, label: t(`prices.unit.${u}`) }))}
          {...form.getInputProps('unit')}
          onChange={(v) => form.setFieldValue('unit', (v as Unit | null) ?? 'day')}
          allowDeselect={false}
          required
        />
      </Group>
      <Group grow>
        <TextInput
          type="date"
          label={t('prices.validFrom')}
          {...form.getInputProps('validFrom')}
          required
        />
        <TextInput type="date" label={t('prices.validTo')} {...form.getInputProps('validTo')} />
      </Group>
      <TextInput label={t('prices.note')} {...form.getInputProps('note')} maxLength={1000} />
    </FormDialog>
  );
}
