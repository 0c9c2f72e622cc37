// Extend, adjust or end an order, always with a reason. The server decides what is allowed (a
// later end date, an end no later than today...) and names the field when it refuses.
import { Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { MoneyInput } from '../../../components/MoneyInput';
import { useFormatters } from '../../../lib/format';
import { usePriceField } from '../../../lib/money';
import {
  ADJUSTMENT_KINDS,
  useAdjustOrder,
  type AdjustmentInput,
  type AdjustmentKind,
  type OrderDetail,
} from './api';

const VOLUME = /^\d{1,6}([.,]\d{1,2})?$/;

/** Today's date in the organisation's time zone, as 'YYYY-MM-DD'. */
function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}

export function AdjustOrderDialog({
  orgId,
  order,
  onClose,
  onSaved,
}: {
  orgId: string;
  order: OrderDetail;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const mutation = useAdjustOrder(orgId, order.id);
  const { currency } = order;
  const priceField = usePriceField();
  // Inputs start from the current values, written with the reader's decimal sign.
  const decimal = (text: string) => (f.locale === 'en' ? text : text.replace('.', ','));
  // Field names are the server's, so that its refusals stand at the right field.
  const form = useForm({
    initialValues: {
      kind: 'extension' as AdjustmentKind,
      endDate: '',
      expectedVolume: decimal(order.expectedVolume),
      unitPriceMinor: priceField.textOf(order.unitPriceMinor, currency),
      costCentre: order.costCentre ?? '',
      reason: '',
    },
    validate: {
      endDate: (value, values) =>
        values.kind === 'extension' && !value ? t('orders.adjust.endRequired') : null,
      expectedVolume: (value, values) =>
        values.kind !== 'ended' && value.trim() && !VOLUME.test(value.trim())
          ? t('orders.adjust.volumeInvalid')
          : null,
      unitPriceMinor: (value, values) =>
        values.kind === 'adjustment' ? priceField.read(value, currency).error : null,
      reason: (value) => (value.trim() ? null : t('orders.adjust.reasonRequired')),
    },
  });
  const { kind } = form.getValues();

  const choose = (value: string) => {
    form.setFieldValue('kind', value as AdjustmentKind);
    form.setFieldValue('endDate', value === 'ended' ? today(f.timeZone) : '');
    form.clearErrors();
    mutation.reset();
  };

  const toVariables = (values: typeof form.values): AdjustmentInput => {
    const input: AdjustmentInput = {
      version: order.version,
      kind: values.kind,
      reason: values.reason,
    };
    if (values.kind !== 'adjustment' && values.endDate) input.endDate = values.endDate;
    const volume = values.expectedVolume.trim();
    if (values.kind !== 'ended' && volume) input.expectedVolume = Number(volume.replace(',', '.'));
    if (values.kind === 'adjustment') {
      input.unitPriceMinor = priceField.read(values.unitPriceMinor, currency).amountMinor!;
      input.costCentre = values.costCentre.trim() || null;
    }
    return input;
  };

  return (
    <FormDialog
      title={t('orders.adjust.title', { reference: order.reference })}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={toVariables}
      onSaved={onSaved}
      onClose={onClose}
      submitLabel={t(`orders.adjust.submit.${kind}`)}
    >
      <Radio.Group
        label={t('orders.adjust.kind')}
        {...form.getInputProps('kind')}
        onChange={choose}
      >
        <Stack gap="xs" mt="xs">
          {ADJUSTMENT_KINDS.map((k) => (
            <Radio key={k} value={k} label={t(`orders.adjust.kinds.${k}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {kind !== 'adjustment' && (
        <TextInput
          type="date"
          label={kind === 'extension' ? t('orders.adjust.newEnd') : t('orders.adjust.endOn')}
          description={
            order.endDate
              ? t('orders.adjust.currentEnd', { date: f.date(order.endDate) })
              : t('orders.openEnded')
          }
          {...form.getInputProps('endDate')}
          required={kind === 'extension'}
        />
      )}
      {kind !== 'ended' && (
        <TextInput
          label={t('orders.fields.expectedVolume')}
          description={t(`orders.units.${order.unit}`, order.unit)}
          inputMode="decimal"
          {...form.getInputProps('expectedVolume')}
        />
      )}
      {kind === 'adjustment' && (
        <>
          <MoneyInput
            label={t('orders.adjust.price', { currency })}
            currency={currency}
            {...form.getInputProps('unitPriceMinor')}
          />
          <TextInput
            label={t('orders.fields.costCentre')}
            maxLength={100}
            {...form.getInputProps('costCentre')}
          />
        </>
      )}
      <Textarea
        label={t('orders.adjust.reason')}
        {...form.getInputProps('reason')}
        required
        autosize
        minRows={2}
        maxLength={2000}
      />
    </FormDialog>
  );
}
