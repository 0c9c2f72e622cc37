import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { useEstablishmentHidingChange, type EstablishmentHiding } from './api';

/** Lift an establishment's hiding, with the reason (typically: the correction was accepted). */
export function LiftHidingDialog({
  orgId,
  agreementId,
  hiding,
  onClose,
  onDone,
}: {
  orgId: string;
  agreementId: string;
  hiding: EstablishmentHiding;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useEstablishmentHidingChange(orgId, agreementId);
  const form = useForm({ initialValues: { reason: '' } });
  return (
    <FormDialog
      title={t('hiding.liftDialog.title', { name: hiding.establishmentName })}
      form={form}
      mutation={mutation}
      toVariables={({ reason }) => ({
        establishmentId: hiding.establishmentId,
        action: 'lift' as const,
        reason,
      })}
      onSaved={onDone}
      onClose={onClose}
      submitLabel={t('hiding.liftDialog.submit')}
    >
      <Textarea
        label={t('hiding.reason')}
        {...form.getInputProps('reason')}
        required
        autosize
        minRows={2}
        data-autofocus
      />
    </FormDialog>
  );
}
