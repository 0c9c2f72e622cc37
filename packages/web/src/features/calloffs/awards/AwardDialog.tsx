// The award: the buyer chooses a ranked bid (rank 1 unless there is a reason not to), states the
// reasons every bidder will read, and chooses whether a 10-day standstill runs before the order.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { GlossaryLinks } from '../../../components/GlossaryLink';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useAward, type Evaluation } from './api';

interface Props {
  orgId: string;
  calloffId: string;
  version: number;
  evaluation: Evaluation;
  onClose: () => void;
}

export function AwardDialog({ orgId, calloffId, version, evaluation, onClose }: Props) {
  const { t } = useTranslation();
  const ranked = evaluation.bids.filter((b) => b.rank !== null);
  const [bidId, setBidId] = useState(ranked[0]?.bidId ?? '');
  const [reasons, setReasons] = useState('');
  const [standstill, setStandstill] = useState(true);
  const [checked, setChecked] = useState(false);
  const mutation = useAward(orgId, calloffId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const chosen = ranked.find((b) => b.bidId === bidId);
  const blank = reasons.trim() === '';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (blank || !chosen) return;
    mutation.mutate(
      { version, bidId, reasons: reasons.trim(), standstill },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('awards.award.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && (
            <ErrorAlert error={mutation.error} shownFields={['bidId', 'reasons']} />
          )}
          <Radio.Group
            label={t('awards.award.bid')}
            value={bidId}
            onChange={setBidId}
            required
            error={apiError?.fieldError('bidId')}
          >
            <Stack gap="xs" mt="xs">
              {ranked.map((b) => (
                <Radio
                  key={b.bidId}
                  value={b.bidId}
                  label={t('awards.award.option', { rank: b.rank, supplier: b.supplierName })}
                />
              ))}
            </Stack>
          </Radio.Group>
          {chosen && chosen.rank !== 1 && (
            <Alert color="orange" variant="light" title={t('awards.award.notFirstTitle')}>
              {t('awards.award.notFirst')}
            </Alert>
          )}
          <Textarea
            label={t('awards.award.reasons')}
            description={t('awards.award.reasonsHelp')}
            required
            autosize
            minRows={3}
            maxLength={4000}
            value={reasons}
            onChange={(e) => setReasons(e.currentTarget.value)}
            error={
              (checked && blank ? t('awards.reasonRequired') : undefined) ??
              apiError?.fieldError('reasons')
            }
          />
          <Checkbox
            label={t('awards.award.standstill')}
            description={t('awards.award.standstillHelp')}
            checked={standstill}
            onChange={(e) => setStandstill(e.currentTarget.checked)}
          />
          <GlossaryLinks terms={['tilldelningsbeslut', 'avtalsspar']} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('awards.award.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
