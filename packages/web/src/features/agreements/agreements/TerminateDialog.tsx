import { TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { useTerminateAgreement } from './api';

export function TerminateDialog({
  orgId,
  agreementId,
  version,
  today,
  onClose,
}: {
  orgId: string;
  agreementId: string;
  version: number;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useTerminateAgreement(orgId, agreementId);
  const form = useForm({ initialValues: { reason: '', terminatedOn: today } });
  return (
    <FormDialog
      title={t('agreements.terminate.title')}
      form={form}
      mutation={mutation}
      toVariables={(values) => ({ version, ...values })}
      onSaved={onClose}
      onClose={onClose}
      submitLabel={t('agreements.terminate.submit')}
      submitColor="red.9"
    >
      <Textarea
        label={t('agreements.terminate.reason')}
        {...form.getInputProps('reason')}
        required
        autosize
        minRows={2}
        data-autofocus
      />
      <TextInput
        type="date"
        label={t('agreements.terminate.date')}
        {...form.getInputProps('terminatedOn')}
        required
      />
    </FormDialog>
  );
}
