import { Group, Radio, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { useDecide, type CorrectionDetail } from './api';

/** Accept the answer awaiting decision, or reject it saying why. */
export function DecisionDialog(props: {
  orgId: string;
  request: CorrectionDetail;
  onClose: () => void;
}) {
  const { orgId, request, onClose } = props;
  const { t } = useTranslation();
  const mutation = useDecide(orgId, request.id);
  const form = useForm({
    initialValues: { decision: 'accepted' as 'accepted' | 'rejected', reason: '' },
    validate: {
      reason: (value, values) =>
        values.decision === 'rejected' && !value.trim()
          ? t('corrections.decision.reasonRequired')
          : null,
    },
  });
  const rejecting = form.getValues().decision === 'rejected';

  return (
    <FormDialog
      title={t('corrections.decision.title')}
      form={form}
      mutation={mutation}
      toVariables={(values) => ({
        ...values,
        version: request.version,
        reason: values.reason.trim(),
      })}
      onSaved={onClose}
      onClose={onClose}
      submitLabel={t('corrections.decision.submit')}
    >
      <Radio.Group
        label={t('corrections.decision.label')}
        {...form.getInputProps('decision')}
        required
      >
        <Group gap="lg" mt={6}>
          <Radio value="accepted" label={t('corrections.decision.accept')} />
          <Radio value="rejected" label={t('corrections.decision.reject')} />
        </Group>
      </Radio.Group>
      <Textarea
        label={t('corrections.decision.reason')}
        description={t('corrections.decision.reasonHelp')}
        {...form.getInputProps('reason')}
        autosize
        minRows={3}
        maxLength={4000}
        required={rejecting}
      />
    </FormDialog>
  );
}
