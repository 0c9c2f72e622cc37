// The buyer skips the supplier holding the offer, or one waiting further down, with a listed
// reason and own words; the skip is a deviation the agreement's report lists.
import { useState } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../lib/api';
import { SKIP_REASON_CODES, useSkipSupplier, type CascadeView, type SkipReasonCode } from './api';

export function SkipDialog({
  orgId,
  calloffId,
  version,
  view,
  onDone,
  onClose,
}: {
  orgId: string;
  calloffId: string;
  version: number;
  view: CascadeView;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const skip = useSkipSupplier(orgId, calloffId);
  const holder = view.currentOffer?.supplierId;
  const candidates = view.suppliers.filter((s) => s.supplierId === holder || s.waiting);
  const [supplierId, setSupplierId] = useState(candidates[0]?.supplierId ?? '');
  const [code, setCode] = useState<SkipReasonCode>('continuity_for_person');
  const [text, setText] = useState('');
  const error = skip.error instanceof ApiError ? skip.error : null;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('cascade.skip.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <NativeSelect
          label={t('cascade.skip.supplier')}
          value={supplierId}
          onChange={(e) => setSupplierId(e.currentTarget.value)}
          data={candidates.map((s) => ({
            value: s.supplierId,
            label: `${s.rank}. ${s.name}`,
          }))}
          error={error?.fieldError('supplierId')}
          data-autofocus
        />
        <NativeSelect
          label={t('cascade.skip.code')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value as SkipReasonCode)}
          data={SKIP_REASON_CODES.map((c) => ({ value: c, label: t(`cascade.reasons.${c}`) }))}
          error={error?.fieldError('code')}
        />
        <Textarea
          label={t('cascade.skip.text')}
          required
          maxLength={2000}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={error?.fieldError('text')}
        />
        <ErrorAlert error={skip.error} shownFields={['supplierId', 'code', 'text']} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={skip.isPending}
            onClick={() => skip.mutate({ version, supplierId, code, text }, { onSuccess: onDone })}
          >
            {t('cascade.skip.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
