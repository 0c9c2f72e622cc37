import { Checkbox, Select, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormDialog } from '../../../components/FormDialog';
import { useCorrectionChoices, useCorrectionSupplier } from '../corrections/api';
import { useWriteNote } from './api';

/** An officer writes a note about the supplier on one of the body's agreements. */
export function WriteNoteDialog(props: {
  orgId: string;
  supplierId: string;
  agreementId?: string;
  onClose: () => void;
}) {
  const { orgId, supplierId, onClose } = props;
  const { t } = useTranslation();
  // The agreements the supplier is on.
  const choices = useCorrectionChoices(orgId, supplierId);
  const mutation = useWriteNote(orgId);
  const agreements = choices.data?.agreements ?? [];
  // With a single agreement to choose from, that one is chosen.
  const chosenAgreement = (agreementId: string | null) =>
    agreementId ?? (agreements.length === 1 ? agreements[0]!.id : null);
  const form = useForm({
    initialValues: {
      agreementId: props.agreementId ?? null,
      establishmentId: null as string | null,
      text: '',
      sensitive: false,
      concern: false,
    },
    validate: {
      agreementId: (value) =>
        chosenAgreement(value) ? null : t('logbook.write.agreementRequired'),
      text: (value) => (value.trim() ? null : t('logbook.write.textRequired')),
    },
  });
  const chosen = chosenAgreement(form.getValues().agreementId);
  const establishments =
    useCorrectionSupplier(orgId, chosen, supplierId).data?.establishments ?? [];

  return (
    <FormDialog
      title={t('logbook.write.title')}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={(values) => ({
        ...values,
        agreementId: chosenAgreement(values.agreementId)!,
        supplierId,
        text: values.text.trim(),
      })}
      onSaved={onClose}
      onClose={onClose}
      submitLabel={t('logbook.write.submit')}
      serverFields={{ supplierId: 'agreementId' }}
      intro={<ErrorAlert error={choices.error} />}
    >
      <Select
        label={t('logbook.write.agreement')}
        data={agreements.map((a) => ({ value: a.id, label: `${a.reference} ${a.title}` }))}
        {...form.getInputProps('agreementId')}
        value={chosen}
        required
      />
      <Select
        label={t('logbook.write.establishment')}
        description={t('logbook.write.establishmentHelp')}
        data={establishments.map((e) => ({ value: e.id, label: e.name }))}
        {...form.getInputProps('establishmentId')}
        clearable
      />
      <Textarea
        label={t('logbook.write.text')}
        {...form.getInputProps('text')}
        autosize
        minRows={4}
        maxLength={4000}
        required
      />
      <Checkbox
        label={t('logbook.write.sensitive')}
        description={t('logbook.write.sensitiveHelp')}
        {...form.getInputProps('sensitive', { type: 'checkbox' })}
      />
      <Checkbox
        label={t('logbook.write.concern')}
        description={t('logbook.write.concernHelp')}
        {...form.getInputProps('concern', { type: 'checkbox' })}
      />
    </FormDialog>
  );
}
