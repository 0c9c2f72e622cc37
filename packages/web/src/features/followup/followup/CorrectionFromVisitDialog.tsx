import { Checkbox, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { useCorrectionFromVisit, type VisitDetail } from './api';

/** A request for correction made from the visit's findings that were not (fully) met. */
export function CorrectionFromVisitDialog(props: {
  orgId: string;
  visit: VisitDetail;
  onClose: () => void;
  onCreated: (request: { id: string }) => void;
}) {
  const { orgId, visit, onClose, onCreated } = props;
  const { t } = useTranslation();
  const mutation = useCorrectionFromVisit(orgId);
  const findings = visit.callingForCorrection;
  const form = useForm({
    initialValues: {
      requirementIds: findings.map((f) => f.requirementId),
      description: findings
        .map(
          (f) =>
            `${t(`followup.requirementKind.${f.kind}`)} (${t(`followup.outcome.${f.outcome}`)}): ${f.text}`,
        )
        .join('\n'),
      deadline: '',
    },
  });

  return (
    <FormDialog
      title={t('followup.correction.title')}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={(values) => ({
        ...values,
        agreementId: visit.agreement.id,
        supplierId: visit.supplier.id,
        establishmentId: visit.establishment.id,
        visitId: visit.id,
        description: values.description.trim(),
        deadline: values.deadline || null,
      })}
      onSaved={onCreated}
      onClose={onClose}
      submitLabel={t('followup.correction.submit')}
    >
      <Checkbox.Group
        label={t('followup.correction.requirements')}
        {...form.getInputProps('requirementIds')}
      >
        <Stack gap="xs" mt="xs">
          {findings.map((f) => (
            <Checkbox
              key={f.requirementId}
              value={f.requirementId}
              label={`${t(`followup.requirementKind.${f.kind}`)} – ${t(`followup.outcome.${f.outcome}`)}`}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <Textarea
        label={t('followup.correction.description')}
        {...form.getInputProps('description')}
        autosize
        minRows={4}
        maxLength={8000}
        required
      />
      <TextInput
        type="date"
        label={t('followup.correction.deadline')}
        description={t('followup.correction.deadlineHelp')}
        {...form.getInputProps('deadline')}
      />
    </FormDialog>
  );
}
