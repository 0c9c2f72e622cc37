import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../lib/api';
import { useCorrectionFromVisit, type VisitDetail } from './api';

const FIELDS = ['requirementIds', 'description', 'deadline'];

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
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const findings = visit.callingForCorrection;
  const [requirementIds, setRequirementIds] = useState(findings.map((f) => f.requirementId));
  const [description, setDescription] = useState(() =>
    findings
      .map(
        (f) =>
          `${t(`followup.requirementKind.${f.kind}`)} (${t(`followup.outcome.${f.outcome}`)}): ${f.text}`,
      )
      .join('\n'),
  );
  const [deadline, setDeadline] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(
      {
        agreementId: visit.agreement.id,
        supplierId: visit.supplier.id,
        establishmentId: visit.establishment.id,
        visitId: visit.id,
        requirementIds,
        description: description.trim(),
        deadline: deadline || null,
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('followup.correction.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <Checkbox.Group
            label={t('followup.correction.requirements')}
            value={requirementIds}
            onChange={setRequirementIds}
            error={apiError?.fieldError('requirementIds')}
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
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            autosize
            minRows={4}
            maxLength={8000}
            required
            error={apiError?.fieldError('description')}
          />
          <TextInput
            type="date"
            label={t('followup.correction.deadline')}
            description={t('followup.correction.deadlineHelp')}
            value={deadline}
            onChange={(e) => setDeadline(e.currentTarget.value)}
            error={apiError?.fieldError('deadline')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('followup.correction.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
