import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { ApiError } from '../../../lib/api';
import { useChoices, useRequestStaffList, type StaffListDetail } from './api';

const FIELDS = [
  'agreementId',
  'establishmentId',
  'periodFrom',
  'periodTo',
  'placedResidents',
  'deadline',
  'message',
];

/** The officer asks a supplier on one of the body's agreements for an establishment's list. */
export function RequestDialog(props: {
  orgId: string;
  onClose: () => void;
  onRequested: (detail: StaffListDetail) => void;
}) {
  const { orgId, onClose, onRequested } = props;
  const { t } = useTranslation();
  const choices = useChoices(orgId);
  const mutation = useRequestStaffList(orgId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const [agreementId, setAgreementId] = useState<string | null>(null);
  const [establishmentId, setEstablishmentId] = useState<string | null>(null);
  const [periodFrom, setPeriodFrom] = useState('');
  const [periodTo, setPeriodTo] = useState('');
  const [residents, setResidents] = useState('');
  const [deadline, setDeadline] = useState('');
  const [message, setMessage] = useState('');
  const [checked, setChecked] = useState(false);

  const agreement = choices.data?.agreements.find((a) => a.id === agreementId);
  const required = (value: unknown) =>
    checked && (value === null || value === '') ? t('stafflists.request.required') : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!agreementId || !establishmentId || !periodFrom || !periodTo || !residents || !deadline)
      return;
    mutation.mutate(
      {
        agreementId,
        establishmentId,
        periodFrom,
        periodTo,
        placedResidents: Number(residents),
        // A local date and time in the officer's browser, sent as an instant.
        deadline: new Date(deadline).toISOString(),
        message,
      },
      { onSuccess: onRequested },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('stafflists.request.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {choices.isPending ? (
        <Loading />
      ) : choices.isError ? (
        <ErrorAlert error={choices.error} />
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
            <Select
              label={t('stafflists.agreement')}
              data={choices.data.agreements.map((a) => ({
                value: a.id,
                label: `${a.reference} ${a.title}`,
              }))}
              value={agreementId}
              onChange={(v) => {
                setAgreementId(v);
                setEstablishmentId(null);
              }}
              required
              data-autofocus
              error={required(agreementId) ?? apiError?.fieldError('agreementId')}
            />
            <Select
              label={t('stafflists.establishment')}
              data={(agreement?.establishments ?? []).map((e) => ({
                value: e.id,
                label: `${e.name} (${e.supplier.name})`,
              }))}
              value={establishmentId}
              onChange={setEstablishmentId}
              disabled={!agreement}
              searchable
              required
              error={required(establishmentId) ?? apiError?.fieldError('establishmentId')}
            />
            <Group grow>
              <TextInput
                type="date"
                label={t('stafflists.request.periodFrom')}
                value={periodFrom}
                onChange={(e) => setPeriodFrom(e.currentTarget.value)}
                required
                error={required(periodFrom) ?? apiError?.fieldError('periodFrom')}
              />
              <TextInput
                type="date"
                label={t('stafflists.request.periodTo')}
                value={periodTo}
                onChange={(e) => setPeriodTo(e.currentTarget.value)}
                required
                error={required(periodTo) ?? apiError?.fieldError('periodTo')}
              />
            </Group>
            <TextInput
              type="number"
              min={0}
              max={1000}
              label={t('stafflists.placedResidents')}
              description={t('stafflists.request.residentsHelp')}
              value={residents}
              onChange={(e) => setResidents(e.currentTarget.value)}
              required
              error={required(residents) ?? apiError?.fieldError('placedResidents')}
            />
            <TextInput
              type="datetime-local"
              label={t('stafflists.deadline')}
              value={deadline}
              onChange={(e) => setDeadline(e.currentTarget.value)}
              required
              error={required(deadline) ?? apiError?.fieldError('deadline')}
            />
            <Textarea
              label={t('stafflists.message')}
              value={message}
              onChange={(e) => setMessage(e.currentTarget.value)}
              maxLength={2000}
              autosize
              minRows={2}
              error={apiError?.fieldError('message')}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                {t('stafflists.request.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
