import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Radio, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../lib/api';
import { useChangeSupplierStatus } from './api';
import type { Lot, LotSupplier, StatusChangeInput } from './types';

const FIELDS = ['action', 'lotId', 'reason', 'from', 'to', 'effectiveOn'];
const ALL_LOTS = 'all';

/** Hide a supplier (with reason and dates), lift its hiding, or terminate it, on one lot or all. */
export function StatusChangeDialog({
  orgId,
  agreementId,
  lot,
  lots,
  supplier,
  today,
  onClose,
  onChanged,
}: {
  orgId: string;
  agreementId: string;
  lot: Lot;
  lots: Lot[];
  supplier: LotSupplier;
  today: string;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useChangeSupplierStatus(orgId, agreementId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const [action, setAction] = useState<StatusChangeInput['action']>(
    supplier.status === 'hidden' ? 'lift' : 'hide',
  );
  const [scope, setScope] = useState(lot.id);
  const [reason, setReason] = useState('');
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState('');
  const [effectiveOn, setEffectiveOn] = useState(today);
  const supplierLots = lots.filter((l) =>
    l.suppliers.some((s) => s.supplierId === supplier.supplierId),
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input: StatusChangeInput = {
      action,
      ...(scope === ALL_LOTS ? {} : { lotId: scope }),
      ...(reason.trim() ? { reason } : {}),
      ...(action === 'hide' ? { from, to: to || null } : {}),
      ...(action === 'terminate' ? { effectiveOn } : {}),
    };
    mutation.mutate({ supplierId: supplier.supplierId, ...input }, { onSuccess: onChanged });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('agreements.statusDialog.title', { name: supplier.name })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <Radio.Group
            label={t('agreements.statusDialog.action')}
            value={action}
            onChange={(v) => setAction(v as StatusChangeInput['action'])}
            error={apiError?.fieldError('action')}
          >
            <Group mt="xs">
              <Radio value="hide" label={t('agreements.statusDialog.hide')} />
              <Radio
                value="lift"
                label={t('agreements.statusDialog.lift')}
                disabled={supplier.status !== 'hidden'}
              />
              <Radio value="terminate" label={t('agreements.statusDialog.terminate')} />
            </Group>
          </Radio.Group>
          <Select
            label={t('agreements.statusDialog.scope')}
            value={scope}
            onChange={(v) => setScope(v ?? lot.id)}
            allowDeselect={false}
            data={[
              ...supplierLots.map((l) => ({
                value: l.id,
                label: t('agreements.lotLabel', { number: l.number, name: l.name }),
              })),
              { value: ALL_LOTS, label: t('agreements.statusDialog.allLots') },
            ]}
          />
          <Textarea
            label={t('agreements.statusDialog.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={apiError?.fieldError('reason')}
            required={action !== 'lift'}
            autosize
            minRows={2}
            data-autofocus
          />
          {action === 'hide' && (
            <Group grow>
              <TextInput
                type="date"
                label={t('agreements.statusDialog.from')}
                value={from}
                onChange={(e) => setFrom(e.currentTarget.value)}
                error={apiError?.fieldError('from')}
                required
              />
              <TextInput
                type="date"
                label={t('agreements.statusDialog.to')}
                description={t('agreements.statusDialog.toHelp')}
                value={to}
                onChange={(e) => setTo(e.currentTarget.value)}
                error={apiError?.fieldError('to')}
              />
            </Group>
          )}
          {action === 'terminate' && (
            <TextInput
              type="date"
              label={t('agreements.statusDialog.effectiveOn')}
              description={t('agreements.statusDialog.terminateWarning')}
              value={effectiveOn}
              onChange={(e) => setEffectiveOn(e.currentTarget.value)}
              error={apiError?.fieldError('effectiveOn')}
              required
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={mutation.isPending}
              color={action === 'terminate' ? 'red.9' : undefined}
            >
              {t(`agreements.statusDialog.submit.${action}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
