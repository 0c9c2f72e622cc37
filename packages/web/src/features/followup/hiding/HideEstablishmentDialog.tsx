import { useState } from 'react';
import { Group, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { SearchSelect } from '../../../components/SearchSelect';
import { findEstablishmentsToHide, useEstablishmentHidingChange } from './api';

/** Hide one establishment on the agreement, with a reason and dates. */
export function HideEstablishmentDialog({
  orgId,
  agreementId,
  today,
  onClose,
  onDone,
}: {
  orgId: string;
  agreementId: string;
  today: string;
  onClose: () => void;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const mutation = useEstablishmentHidingChange(orgId, agreementId);
  // The chosen home as the server named it (with its supplier), for the notice.
  const [chosenName, setChosenName] = useState('');
  const form = useForm({
    initialValues: { establishmentId: '', reason: '', hiddenFrom: today, hiddenTo: '' },
    validate: {
      establishmentId: (value) => (value ? null : t('hiding.hideDialog.chooseEstablishment')),
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
      onSaved={() => onDone(chosenName)}
      onClose={onClose}
      submitLabel={t('hiding.hideDialog.submit')}
    >
      <SearchSelect
        label={t('hiding.hideDialog.establishment')}
        placeholder={t('hiding.hideDialog.chooseEstablishment')}
        queryKey={['organisations', orgId, 'agreements', agreementId, 'establishments-to-hide']}
        search={(text, signal) => findEstablishmentsToHide(orgId, agreementId, text, signal)}
        {...form.getInputProps('establishmentId')}
        onChosen={(choice) => setChosenName(choice?.label ?? '')}
        required
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
