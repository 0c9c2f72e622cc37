import { Group, NativeSelect, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { useEstablishmentHidingChange, type EstablishmentHidings } from './api';

/** Hide one establishment on the agreement, with a reason and dates. */
export function HideEstablishmentDialog({
  orgId,
  agreementId,
  establishments,
  supplierNames,
  today,
  onClose,
  onDone,
}: {
  orgId: string;
  agreementId: string;
  establishments: EstablishmentHidings['establishments'];
  supplierNames: ReadonlyMap<string, string>;
  today: string;
  onClose: () => void;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const mutation = useEstablishmentHidingChange(orgId, agreementId);
  const form = useForm({
    initialValues: { establishmentId: '', reason: '', hiddenFrom: today, hiddenTo: '' },
    validate: {
      establishmentId: (value) =>
        establishments.some((e) => e.id === value)
          ? null
          : t('hiding.hideDialog.chooseEstablishment'),
    },
  });

  return (
    <FormDialog
      title={t('hiding.hideDialog.title')}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={(values) => ({
        ...values,
        action: 'hide' as const,
        hiddenTo: values.hiddenTo || null,
      })}
      onSaved={(_, values) =>
        onDone(establishments.find((e) => e.id === values.establishmentId)?.name ?? '')
      }
      onClose={onClose}
      submitLabel={t('hiding.hideDialog.submit')}
    >
      <NativeSelect
        label={t('hiding.hideDialog.establishment')}
        {...form.getInputProps('establishmentId')}
        required
        data={[
          { value: '', label: t('hiding.hideDialog.chooseEstablishment') },
          ...establishments.map((e) => ({
            value: e.id,
            label: `${e.name} (${supplierNames.get(e.supplierId) ?? ''})`,
          })),
        ]}
        data-autofocus
      />
      <Textarea
        label={t('hiding.reason')}
        {...form.getInputProps('reason')}
        required
        autosize
        minRows={2}
      />
      <Group grow>
        <TextInput
          type="date"
          label={t('hiding.hiddenFrom')}
          {...form.getInputProps('hiddenFrom')}
          required
        />
        <TextInput
          type="date"
          label={t('hiding.hiddenTo')}
          description={t('hiding.hideDialog.toHelp')}
          {...form.getInputProps('hiddenTo')}
        />
      </Group>
    </FormDialog>
  );
}
