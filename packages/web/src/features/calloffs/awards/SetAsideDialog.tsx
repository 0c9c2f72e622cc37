// The buyer sets a bid aside: the reason is required and is shown in the report and the decision.
import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { useSetAside, type EvaluatedBid } from './api';

interface Props {
  orgId: string;
  calloffId: string;
  bid: EvaluatedBid;
  onClose: () => void;
}

export function SetAsideDialog({ orgId, calloffId, bid, onClose }: Props) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() === '' ? t('awards.reasonRequired') : null) },
  });
  const mutation = useSetAside(orgId, calloffId);
  return (
    <FormDialog
      title={t('awards.setAside.title', { supplier: bid.supplierName })}
      form={form}
      mutation={mutation}
      toVariables={(values) => ({ bidId: bid.bidId, reason: values.reason.trim() })}
      onSaved={onClose}
      onClose={onClose}
      submitLabel={t('awards.setAside.confirm')}
    >
      <Textarea
        label={t('awards.setAside.reason')}
        description={t('awards.setAside.reasonHelp')}
        required
        autosize
        minRows={3}
        maxLength={1000}
        {...form.getInputProps('reason')}
        data-autofocus
      />
    </FormDialog>
  );
}
