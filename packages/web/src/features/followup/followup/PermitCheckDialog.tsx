import { Radio, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PERMIT_OBSERVATIONS } from '@tildel/domain/followup/permit-check';
import { FormDialog } from '../../../components/FormDialog';
import { usePermitCheck, type Checklist } from './api';

/**
 * Marks the permit check done. What was seen is required (the server says so per field): a check
 * without it would say nothing when a placement, a letter or a hiding later leans on it.
 */
export function PermitCheckDialog(props: {
  orgId: string;
  checklist: Checklist;
  onClose: () => void;
  onDone: () => void;
}) {
  const { orgId, checklist, onClose, onDone } = props;
  const { t } = useTranslation();
  const mutation = usePermitCheck(orgId, checklist.establishment.id);
  const form = useForm({
    initialValues: {
      permitId: null as string | null,
      seen: '',
      note: '',
      decisionReference: '',
    },
  });

  return (
    <FormDialog
      title={t('followup.check.title')}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={(values) => ({
        ...values,
        seen: values.seen || null,
        decisionReference: values.decisionReference.trim() || null,
      })}
      onSaved={onDone}
      onClose={onClose}
      submitLabel={t('followup.check.submit')}
    >
      {checklist.permits.length > 1 && (
        <Select
          label={t('followup.check.permit')}
          placeholder={t('followup.check.allPermits')}
          data={checklist.permits.map((p) => ({
            value: p.id,
            label: `${p.authority} ${p.reference}`,
          }))}
          {...form.getInputProps('permitId')}
          clearable
        />
      )}
      <Radio.Group
        label={t('followup.check.seen')}
        description={t('followup.check.seenHelp')}
        {...form.getInputProps('seen')}
        required
      >
        <Stack gap="xs" mt="xs">
          {PERMIT_OBSERVATIONS.map((value) => (
            <Radio key={value} value={value} label={t(`followup.seen.${value}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t('followup.check.note')}
        description={t('followup.check.noteHelp')}
        {...form.getInputProps('note')}
        autosize
        minRows={3}
        maxLength={4000}
      />
      <TextInput
        label={t('followup.check.decisionReference')}
        description={t('followup.check.decisionReferenceHelp')}
        {...form.getInputProps('decisionReference')}
        maxLength={200}
      />
    </FormDialog>
  );
}
