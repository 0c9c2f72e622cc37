import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../lib/api';
import { useCreateAgreement } from './api';

const FIELDS = [
  'reference',
  'title',
  'description',
  'startsOn',
  'endsOn',
  'extensionOptions',
  'longPeriodReason',
];

/** "12, 12" → [12, 12]; anything else is left to the server to refuse. */
function monthsOf(text: string): number[] {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number);
}

export function CreateAgreementDialog({
  orgId,
  onClose,
  onCreated,
}: {
  orgId: string;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const mutation = useCreateAgreement(orgId);
  const [values, setValues] = useState({
    reference: '',
    title: '',
    description: '',
    startsOn: '',
    endsOn: '',
    extensions: '',
    longPeriodReason: '',
  });
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  // Read the value now: React clears currentTarget before a state updater runs.
  const set = (name: keyof typeof values) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [name]: value }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(
      {
        reference: values.reference,
        title: values.title,
        description: values.description,
        startsOn: values.startsOn,
        endsOn: values.endsOn,
        extensionOptions: monthsOf(values.extensions),
        longPeriodReason: values.longPeriodReason.trim() || null,
      },
      { onSuccess: (created) => onCreated(created.id) },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('agreements.create.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <TextInput
            label={t('agreements.reference')}
            description={t('agreements.create.referenceHelp')}
            value={values.reference}
            onChange={set('reference')}
            error={apiError?.fieldError('reference')}
            required
            data-autofocus
          />
          <TextInput
            label={t('agreements.agreementTitle')}
            value={values.title}
            onChange={set('title')}
            error={apiError?.fieldError('title')}
            required
          />
          <Textarea
            label={t('agreements.description')}
            value={values.description}
            onChange={set('description')}
            error={apiError?.fieldError('description')}
            autosize
            minRows={2}
          />
          <Group grow>
            <TextInput
              type="date"
              label={t('agreements.startsOn')}
              value={values.startsOn}
              onChange={set('startsOn')}
              error={apiError?.fieldError('startsOn')}
              required
            />
            <TextInput
              type="date"
              label={t('agreements.endsOn')}
              value={values.endsOn}
              onChange={set('endsOn')}
              error={apiError?.fieldError('endsOn')}
              required
            />
          </Group>
          <TextInput
            label={t('agreements.create.extensions')}
            description={t('agreements.create.extensionsHelp')}
            value={values.extensions}
            onChange={set('extensions')}
            error={apiError?.fieldError('extensionOptions')}
          />
          <Textarea
            label={t('agreements.longPeriodReason')}
            description={t('agreements.create.longPeriodHelp')}
            value={values.longPeriodReason}
            onChange={set('longPeriodReason')}
            error={apiError?.fieldError('longPeriodReason')}
            autosize
            minRows={2}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('agreements.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
