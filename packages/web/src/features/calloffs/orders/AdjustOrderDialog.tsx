// Extend, adjust or end an order, always with a reason. The server decides what is allowed (a
// later end date, an end no later than today...) and names the field when it refuses.
import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { MoneyInput } from '../../../components/MoneyInput';
import { ApiError } from '../../../lib/api';
import { useFormatters } from '../../../lib/format';
import { usePriceField } from '../../../lib/money';
import {
  ADJUSTMENT_KINDS,
  useAdjustOrder,
  type AdjustmentInput,
  type AdjustmentKind,
  type OrderDetail,
} from './api';

const FIELDS = ['endDate', 'expectedVolume', 'unitPriceMinor', 'costCentre', 'reason', 'kind'];
const VOLUME = /^\d{1,6}([.,]\d{1,2})?$/;

/** Today's date in the organisation's time zone, as 'YYYY-MM-DD'. */
function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}

export function AdjustOrderDialog({
  orgId,
  order,
  onClose,
  onSaved,
}: {
  orgId: string;
  order: OrderDetail;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const mutation = useAdjustOrder(orgId, order.id);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const { currency } = order;
  const priceField = usePriceField();
  const [kind, setKind] = useState<AdjustmentKind>('extension');
  const [endDate, setEndDate] = useState('');
  // Inputs start from the current values, written with the reader's decimal sign.
  const decimal = (text: string) => (f.locale === 'en' ? text : text.replace('.', ','));
  const [volume, setVolume] = useState(decimal(order.expectedVolume));
  const [price, setPrice] = useState(priceField.textOf(order.unitPriceMinor, currency));
  const [costCentre, setCostCentre] = useState(order.costCentre ?? '');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});

  const choose = (value: string) => {
    setKind(value as AdjustmentKind);
    setEndDate(value === 'ended' ? today(f.timeZone) : '');
    setProblems({});
    mutation.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const input: AdjustmentInput = { version: order.version, kind, reason };
    if (kind !== 'adjustment') {
      if (kind === 'extension' && !endDate) found.endDate = t('orders.adjust.endRequired');
      if (endDate) input.endDate = endDate;
    }
    if (kind !== 'ended') {
      const trimmed = volume.trim();
      if (trimmed && !VOLUME.test(trimmed)) found.expectedVolume = t('orders.adjust.volumeInvalid');
      else if (trimmed) input.expectedVolume = Number(trimmed.replace(',', '.'));
    }
    if (kind === 'adjustment') {
      const read = priceField.read(price, currency);
      if (read.error === null) input.unitPriceMinor = read.amountMinor;
      else found.unitPriceMinor = read.error;
      input.costCentre = costCentre.trim() || null;
    }
    if (!reason.trim()) found.reason = t('orders.adjust.reasonRequired');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    mutation.mutate(input, { onSuccess: onSaved });
  };

  const error = (field: string) => problems[field] ?? apiError?.fieldError(field);
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('orders.adjust.title', { reference: order.reference })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <Radio.Group
            label={t('orders.adjust.kind')}
            value={kind}
            onChange={choose}
            error={error('kind')}
          >
            <Stack gap="xs" mt="xs">
              {ADJUSTMENT_KINDS.map((k) => (
                <Radio key={k} value={k} label={t(`orders.adjust.kinds.${k}`)} />
              ))}
            </Stack>
          </Radio.Group>
          {kind !== 'adjustment' && (
            <TextInput
              type="date"
              label={kind === 'extension' ? t('orders.adjust.newEnd') : t('orders.adjust.endOn')}
              description={
                order.endDate
                  ? t('orders.adjust.currentEnd', { date: f.date(order.endDate) })
                  : t('orders.openEnded')
              }
              value={endDate}
              onChange={(e) => setEndDate(e.currentTarget.value)}
              error={error('endDate')}
              required={kind === 'extension'}
            />
          )}
          {kind !== 'ended' && (
            <TextInput
              label={t('orders.fields.expectedVolume')}
              description={t(`orders.units.${order.unit}`, order.unit)}
              inputMode="decimal"
              value={volume}
              onChange={(e) => setVolume(e.currentTarget.value)}
              error={error('expectedVolume')}
            />
          )}
          {kind === 'adjustment' && (
            <>
              <MoneyInput
                label={t('orders.adjust.price', { currency })}
                currency={currency}
                value={price}
                onChange={setPrice}
                error={error('unitPriceMinor')}
              />
              <TextInput
                label={t('orders.fields.costCentre')}
                value={costCentre}
                maxLength={100}
                onChange={(e) => setCostCentre(e.currentTarget.value)}
                error={error('costCentre')}
              />
            </>
          )}
          <Textarea
            label={t('orders.adjust.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error('reason')}
            required
            autosize
            minRows={2}
            maxLength={2000}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t(`orders.adjust.submit.${kind}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
