import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../lib/api';
import { useEstablishmentHidingChange, type EstablishmentHidings } from './api';

const FIELDS = ['reason', 'hiddenFrom', 'hiddenTo'];

/** Hide one establishment on the agreement, with a reason and dates. */
export function HideEstablishmentDialog({
  orgId,
  agreementId,
  establishments,
  supplierNames,
  today,
  onClose,
  onDone,
}: {
  orgId: string;
  agreementId: string;
  establishments: EstablishmentHidings['establishments'];
  supplierNames: ReadonlyMap<string, string>;
  today: string;
  onClose: () => void;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const mutation = useEstablishmentHidingChange(orgId, agreementId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const [establishmentId, setEstablishmentId] = useState('');
  const [reason, setReason] = useState('');
  const [hiddenFrom, setHiddenFrom] = useState(today);
  const [hiddenTo, setHiddenTo] = useState('');
  const [missing, setMissing] = useState(false);
  const chosen = establishments.find((e) => e.id === establishmentId);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return setMissing(true);
    mutation.mutate(
      {
        establishmentId: chosen.id,
        action: 'hide',
        reason,
        hiddenFrom,
        hiddenTo: hiddenTo || null,
      },
      { onSuccess: () => onDone(chosen.name) },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('hiding.hideDialog.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <NativeSelect
            label={t('hiding.hideDialog.establishment')}
            value={establishmentId}
            onChange={(e) => {
              setEstablishmentId(e.currentTarget.value);
              setMissing(false);
            }}
            required
            error={missing ? t('hiding.hideDialog.chooseEstablishment') : undefined}
            data={[
              { value: '', label: t('hiding.hideDialog.chooseEstablishment') },
              ...establishments.map((e) => ({
                value: e.id,
                label: `${e.name} (${supplierNames.get(e.supplierId) ?? ''})`,
              })),
            ]}
            data-autofocus
          />
          <Textarea
            label={t('hiding.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={apiError?.fieldError('reason')}
            required
            autosize
            minRows={2}
          />
          <Group grow>
            <TextInput
              type="date"
              label={t('hiding.hiddenFrom')}
              value={hiddenFrom}
              onChange={(e) => setHiddenFrom(e.currentTarget.value)}
              error={apiError?.fieldError('hiddenFrom')}
              required
            />
            <TextInput
              type="date"
              label={t('hiding.hiddenTo')}
              description={t('hiding.hideDialog.toHelp')}
              value={hiddenTo}
              onChange={(e) => setHiddenTo(e.currentTarget.value)}
              error={apiError?.fieldError('hiddenTo')}
            />
          </Group>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('hiding.hideDialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
