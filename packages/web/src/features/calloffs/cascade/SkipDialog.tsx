// The buyer skips the supplier holding the offer, or one waiting further down, with a listed
// reason and own words; the skip is a deviation the agreement's report lists.
import { NativeSelect, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { SKIP_REASON_CODES, useSkipSupplier, type CascadeView, type SkipReasonCode } from './api';

export function SkipDialog({
  orgId,
  calloffId,
  version,
  view,
  onDone,
  onClose,
}: {
  orgId: string;
  calloffId: string;
  version: number;
  view: CascadeView;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const skip = useSkipSupplier(orgId, calloffId);
  const holder = view.currentOffer?.supplierId;
  const candidates = view.suppliers.filter((s) => s.supplierId === holder || s.waiting);
  const form = useForm({
    initialValues: {
      supplierId: candidates[0]?.supplierId ?? '',
      code: 'continuity_for_person' as SkipReasonCode,
      text: '',
    },
  });
  return (
    <FormDialog
      title={t('cascade.skip.title')}
      form={form}
      mutation={skip}
      toVariables={(values) => ({ ...values, version })}
      onSaved={onDone}
      onClose={onClose}
      submitLabel={t('cascade.skip.confirm')}
      submitColor="red.9"
    >
      <NativeSelect
        label={t('cascade.skip.supplier')}
        {...form.getInputProps('supplierId')}
        data={candidates.map((s) => ({
          value: s.supplierId,
          label: `${s.rank}. ${s.name}`,
        }))}
        data-autofocus
      />
      <NativeSelect
        label={t('cascade.skip.code')}
        {...form.getInputProps('code')}
        data={SKIP_REASON_CODES.map((c) => ({ value: c, label: t(`cascade.reasons.${c}`) }))}
      />
      <Textarea
        label={t('cascade.skip.text')}
        required
        maxLength={2000}
        {...form.getInputProps('text')}
      />
    </FormDialog>
  );
}
