import { Group, Radio, Select, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { useChangeSupplierStatus } from './api';
import type { Lot, LotSupplier, StatusChangeInput } from './types';

const ALL_LOTS = 'all';

/** Hide a supplier (with reason and dates), lift its hiding, or terminate it, on one lot or all. */
export function StatusChangeDialog({
  orgId,
  agreementId,
  lot,
  supplier,
  today,
  onClose,
  onChanged,
}: {
  orgId: string;
  agreementId: string;
  lot: Lot;
  supplier: LotSupplier;
  today: string;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useChangeSupplierStatus(orgId, agreementId);
  const form = useForm({
    initialValues: {
      action: (supplier.status === 'hidden' ? 'lift' : 'hide') as StatusChangeInput['action'],
      lotId: lot.id,
      reason: '',
      from: today,
      to: '',
      effectiveOn: today,
    },
  });
  const { action } = form.values;

  const toVariables = (values: typeof form.values) => ({
    supplierId: supplier.supplierId,
    action: values.action,
    ...(values.lotId === ALL_LOTS ? {} : { lotId: values.lotId }),
    ...(values.reason.trim() ? { reason: values.reason } : {}),
    ...(values.action === 'hide' ? { from: values.from, to: values.to || null } : {}),
    ...(values.action === 'terminate' ? { effectiveOn: values.effectiveOn } : {}),
  });

  return (
    <FormDialog
      title={t('agreements.statusDialog.title', { name: supplier.name })}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={toVariables}
      onSaved={onChanged}
      onClose={onClose}
      submitLabel={t(`agreements.statusDialog.submit.${action}`)}
      submitColor={action === 'terminate' ? 'red.9' : undefined}
    >
      <Radio.Group label={t('agreements.statusDialog.action')} {...form.getInputProps('action')}>
        <Group mt="xs">
          <Radio value="hide" label={t('agreements.statusDialog.hide')} />
          <Radio
            value="lift"
            label={t('agreements.statusDialog.lift')}
            disabled={supplier.status !== 'hidden'}
          />
          <Radio value="terminate" label={t('agreements.statusDialog.terminate')} />
        </Group>
      </Radio.Group>
      <Select
        label={t('agreements.statusDialog.scope')}
        {...form.getInputProps('lotId')}
        allowDeselect={false}
        data={[
          // The lot it was opened from, or every lot the supplier is on.
          {
            value: lot.id,
            label: t('agreements.lotLabel', { number: lot.number, name: lot.name }),
          },
          { value: ALL_LOTS, label: t('agreements.statusDialog.allLots') },
        ]}
      />
      <Textarea
        label={t('agreements.statusDialog.reason')}
        {...form.getInputProps('reason')}
        required={action !== 'lift'}
        autosize
        minRows={2}
        data-autofocus
      />
      {action === 'hide' && (
        <Group grow>
          <TextInput
            type="date"
            label={t('agreements.statusDialog.from')}
            {...form.getInputProps('from')}
            required
          />
          <TextInput
            type="date"
            label={t('agreements.statusDialog.to')}
            description={t('agreements.statusDialog.toHelp')}
            {...form.getInputProps('to')}
          />
        </Group>
      )}
      {action === 'terminate' && (
        <TextInput
          type="date"
          label={t('agreements.statusDialog.effectiveOn')}
          description={t('agreements.statusDialog.terminateWarning')}
          {...form.getInputProps('effectiveOn')}
          required
        />
      )}
    </FormDialog>
  );
}
