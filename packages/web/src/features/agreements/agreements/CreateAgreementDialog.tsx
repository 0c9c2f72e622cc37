import { Group, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { useCreateAgreement } from './api';

/** "12, 12" → [12, 12]; anything else is left to the server to refuse. */
function monthsOf(text: string): number[] {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number);
}

export function CreateAgreementDialog({
  orgId,
  onClose,
  onCreated,
}: {
  orgId: string;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const mutation = useCreateAgreement(orgId);
  const form = useForm({
    initialValues: {
      reference: '',
      title: '',
      description: '',
      startsOn: '',
      endsOn: '',
      extensionOptions: '',
      longPeriodReason: '',
    },
  });

  return (
    <FormDialog
      title={t('agreements.create.title')}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={(values) => ({
        ...values,
        extensionOptions: monthsOf(values.extensionOptions),
        longPeriodReason: values.longPeriodReason.trim() || null,
      })}
      onSaved={(created) => onCreated(created.id)}
      onClose={onClose}
      submitLabel={t('agreements.create.submit')}
    >
      <TextInput
        label={t('agreements.reference')}
        description={t('agreements.create.referenceHelp')}
        {...form.getInputProps('reference')}
        required
        data-autofocus
      />
      <TextInput label={t('agreements.agreementTitle')} {...form.getInputProps('title')} required />
      <Textarea
        label={t('agreements.description')}
        {...form.getInputProps('description')}
        autosize
        minRows={2}
      />
      <Group grow>
        <TextInput
          type="date"
          label={t('agreements.startsOn')}
          {...form.getInputProps('startsOn')}
          required
        />
        <TextInput
          type="date"
          label={t('agreements.endsOn')}
          {...form.getInputProps('endsOn')}
          required
        />
      </Group>
      <TextInput
        label={t('agreements.create.extensions')}
        description={t('agreements.create.extensionsHelp')}
        {...form.getInputProps('extensionOptions')}
      />
      <Textarea
        label={t('agreements.longPeriodReason')}
        description={t('agreements.create.longPeriodHelp')}
        {...form.getInputProps('longPeriodReason')}
        autosize
        minRows={2}
      />
    </FormDialog>
  );
}
