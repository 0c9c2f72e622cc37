import { Group, NumberInput, Select, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { PERMIT_STATUSES, useSavePermit, type Permit, type PermitInput } from './api';

interface PermitDialogProps {
  orgId: string;
  supplierId: string;
  country: 'SE' | 'DK';
  establishments: { id: string; name: string }[];
  permit: Permit | null;
  onClose: () => void;
  onSaved: (permit: Permit) => void;
}

/** Add or edit a permit; saving records the officer as the one who checked it. */
export function PermitDialog(props: PermitDialogProps) {
  const { orgId, supplierId, country, establishments, permit, onClose, onSaved } = props;
  const { t } = useTranslation();
  const authority = country === 'DK' ? 'Socialtilsyn' : 'IVO';
  const form = useForm({
    initialValues: {
      establishmentId: permit?.establishmentId ?? establishments[0]?.id ?? '',
      reference: permit?.reference ?? '',
      scope: permit?.scope ?? '',
      status: permit?.status ?? 'valid',
      validFrom: permit?.validFrom ?? '',
      validTo: permit?.validTo ?? '',
      openCases: (permit?.openCases ?? 0) as number | string,
      decisions: permit?.decisions ?? '',
      lastCheckedOn: '',
    },
  });
  const mutation = useSavePermit(orgId, supplierId);

  const toVariables = (values: typeof form.values) => {
    const input: PermitInput = {
      ...values,
      authority,
      reference: values.reference.trim(),
      validFrom: values.validFrom || null,
      validTo: values.validTo || null,
      openCases: typeof values.openCases === 'number' ? values.openCases : 0,
      lastCheckedOn: values.lastCheckedOn || null,
    };
    return permit ? { id: permit.id, version: permit.version, input } : { input };
  };

  return (
    <FormDialog
      title={permit ? t('permits.dialog.editTitle') : t('permits.dialog.addTitle')}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={toVariables}
      onSaved={onSaved}
      onClose={onClose}
      submitLabel={t('permits.dialog.save')}
    >
      <Select
        label={t('permits.establishment')}
        data={establishments.map((e) => ({ value: e.id, label: e.name }))}
        {...form.getInputProps('establishmentId')}
        allowDeselect={false}
        required
        data-autofocus
      />
      <TextInput
        label={t('permits.authority')}
        value={authority}
        readOnly
        description={t('permits.authorityHelp')}
      />
      <TextInput
        label={t('permits.reference')}
        {...form.getInputProps('reference')}
        required
        maxLength={100}
      />
      <TextInput label={t('permits.scope')} {...form.getInputProps('scope')} maxLength={1000} />
      <Select
        label={t('permits.statusLabel')}
        data={PERMIT_STATUSES.map((s) => ({ value: s, label: t(`permits.status.${s}`) }))}
        {...form.getInputProps('status')}
        allowDeselect={false}
        required
      />
      <Group grow>
        <TextInput
          type="date"
          label={t('permits.validFrom')}
          {...form.getInputProps('validFrom')}
        />
        <TextInput type="date" label={t('permits.validTo')} {...form.getInputProps('validTo')} />
      </Group>
      <NumberInput
        label={t('permits.openCases')}
        min={0}
        max={100000}
        allowDecimal={false}
        allowNegative={false}
        {...form.getInputProps('openCases')}
      />
      <Textarea
        label={t('permits.decisions')}
        {...form.getInputProps('decisions')}
        autosize
        minRows={2}
        maxLength={5000}
      />
      <TextInput
        type="date"
        label={t('permits.checkedOn')}
        description={t('permits.checkedOnHelp')}
        {...form.getInputProps('lastCheckedOn')}
      />
    </FormDialog>
  );
}
