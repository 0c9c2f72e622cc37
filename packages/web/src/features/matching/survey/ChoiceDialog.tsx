// The choice: an answered request with the reason, which makes (or changes) the order. The reason
// why no approved offer fits is asked for an acute referral only; the server decides whether the
// chosen offer needs it.
import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { useChooseOffer, type ChoiceInput, type SurveyRequest } from './api';

export function ChoiceDialog({
  orgId,
  referralId,
  request,
  acute,
  onClose,
}: {
  orgId: string;
  referralId: string;
  request: SurveyRequest;
  acute: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useChooseOffer(orgId, referralId);
  const form = useForm({
    initialValues: { reason: '', notApprovedReason: '' },
    validate: { reason: (value) => (value.trim() ? null : t('survey.choice.reasonRequired')) },
  });
  const toVariables = (values: typeof form.values): ChoiceInput => ({
    requestId: request.id,
    reason: values.reason,
    ...(acute && values.notApprovedReason.trim()
      ? { notApprovedReason: values.notApprovedReason }
      : {}),
  });
  return (
    <FormDialog
      title={t('survey.choice.title', { offer: request.offer.name })}
      intro={t('survey.choice.intro')}
      form={form}
      mutation={mutation}
      toVariables={toVariables}
      onSaved={onClose}
      onClose={onClose}
      submitLabel={t('survey.choice.submit')}
    >
      <Textarea
        label={t('survey.choice.reason')}
        required
        autosize
        minRows={2}
        maxLength={2000}
        {...form.getInputProps('reason')}
      />
      {acute && (
        <Textarea
          label={t('survey.choice.notApprovedReason')}
          description={t('survey.choice.notApprovedHelp')}
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('notApprovedReason')}
        />
      )}
    </FormDialog>
  );
}
