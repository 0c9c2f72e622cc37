import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../lib/api';
import { useCorrectionChoices, useCreateCorrection, type CorrectionDetail } from './api';

const FIELDS = [
  'agreementId',
  'supplierId',
  'establishmentId',
  'requirementIds',
  'description',
  'deadline',
];

/** Where the request is about, when the officer starts from an establishment's page. */
export interface CorrectionPreset {
  agreementId: string;
  supplierId: string;
  establishmentId: string;
}

/** The officer writes a request for correction: agreement, supplier, requirements, deadline. */
export function CreateCorrectionDialog(props: {
  orgId: string;
  preset?: CorrectionPreset;
  onClose: () => void;
  onCreated: (request: CorrectionDetail) => void;
}) {
  const { orgId, preset, onClose, onCreated } = props;
  const { t } = useTranslation();
  const choices = useCorrectionChoices(orgId);
  const mutation = useCreateCorrection(orgId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const [agreementId, setAgreementId] = useState<string | null>(preset?.agreementId ?? null);
  const [supplierId, setSupplierId] = useState<string | null>(preset?.supplierId ?? null);
  const [establishmentId, setEstablishmentId] = useState<string | null>(
    preset?.establishmentId ?? null,
  );
  const [requirementIds, setRequirementIds] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const [deadline, setDeadline] = useState('');
  const [checked, setChecked] = useState(false);
  const agreement = choices.data?.agreements.find((a) => a.id === agreementId);
  const supplier = agreement?.suppliers.find((s) => s.id === supplierId);
  const missing = (ok: boolean, key: string) => (checked && !ok ? t(key) : undefined);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!agreementId || !supplierId || requirementIds.length === 0 || !description.trim()) return;
    mutation.mutate(
      {
        agreementId,
        supplierId,
        establishmentId,
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
      title={t('corrections.create.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {choices.isError && <ErrorAlert error={choices.error} />}
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <Select
            label={t('corrections.create.agreement')}
            data={(choices.data?.agreements ?? []).map((a) => ({
              value: a.id,
              label: `${a.reference} ${a.title}`,
            }))}
            value={agreementId}
            onChange={(v) => {
              setAgreementId(v);
              setSupplierId(null);
              setEstablishmentId(null);
              setRequirementIds([]);
            }}
            searchable
            required
            error={
              missing(!!agreementId, 'corrections.create.agreementRequired') ??
              apiError?.fieldError('agreementId')
            }
          />
          <Select
            label={t('corrections.create.supplier')}
            data={(agreement?.suppliers ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={supplierId}
            onChange={(v) => {
              setSupplierId(v);
              setEstablishmentId(null);
            }}
            searchable
            required
            disabled={!agreement}
            error={
              missing(!!supplierId, 'corrections.create.supplierRequired') ??
              apiError?.fieldError('supplierId')
            }
          />
          <Select
            label={t('corrections.create.establishment')}
            description={t('corrections.create.establishmentHelp')}
            data={(supplier?.establishments ?? []).map((e) => ({ value: e.id, label: e.name }))}
            value={establishmentId}
            onChange={setEstablishmentId}
            clearable
            disabled={!supplier}
            error={apiError?.fieldError('establishmentId')}
          />
          <MultiSelect
            label={t('corrections.create.requirements')}
            data={(agreement?.requirements ?? []).map((r) => ({ value: r.id, label: r.text }))}
            value={requirementIds}
            onChange={setRequirementIds}
            searchable
            required
            disabled={!agreement}
            error={
              missing(requirementIds.length > 0, 'corrections.create.requirementsRequired') ??
              apiError?.fieldError('requirementIds')
            }
          />
          <Textarea
            label={t('corrections.create.description')}
            description={t('corrections.create.descriptionHelp')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            autosize
            minRows={4}
            maxLength={8000}
            required
            error={
              missing(!!description.trim(), 'corrections.create.descriptionRequired') ??
              apiError?.fieldError('description')
            }
          />
          <TextInput
            type="date"
            label={t('corrections.create.deadline')}
            description={t('corrections.create.deadlineHelp')}
            value={deadline}
            onChange={(e) => setDeadline(e.currentTarget.value)}
            error={apiError?.fieldError('deadline')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('corrections.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
