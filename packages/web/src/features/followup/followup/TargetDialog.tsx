import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, NumberInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../lib/api';
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
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const [target, setTarget] = useState<number | string>(plan?.targetVisits ?? 60);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (typeof target !== 'number') return;
    mutation.mutate(
      { version: plan?.version, targetVisits: target },
      { onSuccess: () => onSaved() },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('followup.target.title', { year })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={['targetVisits']} />}
          <NumberInput
            label={t('followup.target.label')}
            value={target}
            onChange={setTarget}
            min={0}
            max={10000}
            allowDecimal={false}
            required
            error={
              typeof target !== 'number'
                ? t('followup.target.required')
                : apiError?.fieldError('targetVisits')
            }
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('followup.target.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
