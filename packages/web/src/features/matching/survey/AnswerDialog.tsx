// The supplier's answer to a survey request: available or not, earliest start, its price for this
// referral (which may differ from the tariff), questions, and — when acute — a place held for the
// reply window. The server refuses an answer after the window and names missing fields.
import { Checkbox, NativeSelect, Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { MoneyInput } from '../../../components/MoneyInput';
import { usePriceField } from '../../../lib/money';
import { useAnswerOfferRequest, type AnswerInput, type OfferRequest } from './api';

const UNITS = ['hour', 'day', 'month', 'package'] as const;
type Unit = (typeof UNITS)[number];

export function AnswerDialog({
  orgId,
  request,
  onClose,
  onSaved,
}: {
  orgId: string;
  request: OfferRequest;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useAnswerOfferRequest(orgId, request.id);
  const priceField = usePriceField();
  const { currency } = request;
  const previous = request.answer;
  const form = useForm({
    initialValues: {
      available: previous?.available === false ? 'no' : 'yes',
      earliestStart: previous?.earliestStart ?? request.referral.startOn,
      priceMinor:
        previous?.priceMinor != null ? priceField.textOf(previous.priceMinor, currency) : '',
      priceUnit: (previous?.priceUnit ??
        (request.referral.intensity.kind === 'place' ? 'day' : 'hour')) as Unit,
      questions: previous?.questions ?? '',
      holdPlace: previous?.placeHeldUntil != null,
    },
    validate: {
      earliestStart: (value, values) =>
        values.available === 'yes' && !value ? t('survey.answer.required') : null,
      priceMinor: (value, values) =>
        values.available === 'yes' ? priceField.read(value, currency).error : null,
    },
  });
  const available = form.getValues().available === 'yes';
  const toVariables = (values: typeof form.values): AnswerInput => {
    if (values.available !== 'yes')
      return { version: request.version, available: false, questions: values.questions };
    return {
      version: request.version,
      available: true,
      earliestStart: values.earliestStart,
      priceMinor: priceField.read(values.priceMinor, currency).amountMinor!,
      priceUnit: values.priceUnit,
      questions: values.questions,
      ...(request.acute ? { holdPlace: values.holdPlace } : {}),
    };
  };
  return (
    <FormDialog
      title={t('survey.answer.title')}
      form={form}
      mutation={mutation}
      toVariables={toVariables}
      onSaved={onSaved}
      onClose={onClose}
      submitLabel={t('survey.answer.submit')}
    >
      <Radio.Group label={t('survey.answer.title')} {...form.getInputProps('available')}>
        <Stack gap="xs" mt="xs">
          <Radio value="yes" label={t('survey.answer.available')} />
          <Radio value="no" label={t('survey.answer.notAvailable')} />
        </Stack>
      </Radio.Group>
      {available && (
        <>
          <TextInput
            type="date"
            label={t('survey.answer.earliestStart')}
            required
            {...form.getInputProps('earliestStart')}
          />
          <MoneyInput
            label={t('survey.answer.price', { currency })}
            description={t('survey.answer.priceHelp')}
            currency={currency}
            required
            {...form.getInputProps('priceMinor')}
          />
          <NativeSelect
            label={t('survey.answer.unit')}
            data={UNITS.map((u) => ({ value: u, label: t(`survey.units.${u}`) }))}
            {...form.getInputProps('priceUnit')}
          />
          {request.acute && (
            <Checkbox
              label={t('survey.answer.holdPlace')}
              {...form.getInputProps('holdPlace', { type: 'checkbox' })}
            />
          )}
        </>
      )}
      <Textarea
        label={t('survey.answer.questions')}
        autosize
        minRows={2}
        maxLength={2000}
        {...form.getInputProps('questions')}
      />
    </FormDialog>
  );
}
