import { NumberInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { useSavePlan, type PlanOfYear } from './api';

/** Sets the year's target number of visits (creates the plan the first time). */
export function TargetDialog(props: {
  orgId: string;
  year: number;
  plan: PlanOfYear['plan'];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { orgId, year, plan, onClose, onSaved } = props;
  const { t } = useTranslation();
  const mutation = useSavePlan(orgId, year);
  // The number input holds a string while what is typed is not a whole number.
  const form = useForm({
    initialValues: { targetVisits: (plan?.targetVisits ?? 60) as number | string },
    validate: {
      targetVisits: (value) => (typeof value === 'number' ? null : t('followup.target.required')),
    },
  });

  return (
    <FormDialog
      title={t('followup.target.title', { year })}
      form={form}
      mutation={mutation}
      toVariables={(values) => ({
        version: plan?.version,
        targetVisits: Number(values.targetVisits),
      })}
      onSaved={onSaved}
      onClose={onClose}
      submitLabel={t('followup.target.save')}
    >
      <NumberInput
        label={t('followup.target.label')}
        {...form.getInputProps('targetVisits')}
        min={0}
        max={10000}
        allowDecimal={false}
        required
      />
    </FormDialog>
  );
}
