// One negotiation round over an answer: the price asked and, once settled, the price agreed.
import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Currency } from '@tildel/domain/money';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { MoneyInput } from '../../../components/MoneyInput';
import { usePriceField } from '../../../lib/money';
import { useRecordRound, type NegotiationInput, type SurveyRequest } from './api';

export function NegotiationDialog({
  orgId,
  referralId,
  request,
  onClose,
}: {
  orgId: string;
  referralId: string;
  request: SurveyRequest;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useRecordRound(orgId, referralId, request.id);
  const priceField = usePriceField();
  const currency = (request.answer?.currency ?? 'DKK') as Currency;
  const form = useForm({
    initialValues: {
      priceAskedMinor: request.answer?.priceMinor
        ? priceField.textOf(request.answer.priceMinor, currency)
        : '',
      priceAgreedMinor: '',
      note: '',
    },
    validate: {
      priceAskedMinor: (value) => priceField.read(value, currency).error,
      priceAgreedMinor: (value) => (value.trim() ? priceField.read(value, currency).error : null),
    },
  });
  const toVariables = (values: typeof form.values): NegotiationInput => ({
    priceAskedMinor: priceField.read(values.priceAskedMinor, currency).amountMinor!,
    priceAgreedMinor: values.priceAgreedMinor.trim()
      ? priceField.read(values.priceAgreedMinor, currency).amountMinor!
      : null,
    note: values.note,
  });
  return (
    <FormDialog
      title={t('survey.negotiation.title', { supplier: request.supplier.name })}
      form={form}
      mutation={mutation}
      toVariables={toVariables}
      onSaved={onClose}
      onClose={onClose}
      submitLabel={t('survey.negotiation.submit')}
    >
      <MoneyInput
        label={t('survey.negotiation.asked', { currency })}
        currency={currency}
        required
        {...form.getInputProps('priceAskedMinor')}
      />
      <MoneyInput
        label={t('survey.negotiation.agreed', { currency })}
        description={t('survey.negotiation.agreedHelp')}
        currency={currency}
        {...form.getInputProps('priceAgreedMinor')}
      />
      <Textarea
        label={t('survey.negotiation.note')}
        autosize
        minRows={2}
        maxLength={2000}
        {...form.getInputProps('note')}
      />
    </FormDialog>
  );
}
