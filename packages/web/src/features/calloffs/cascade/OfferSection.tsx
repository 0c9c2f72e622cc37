// The supplier's offer of a ranking call-off on its tender page: the deadline and the answer
// (accept after a confirmation, or decline with a reason), or how the offer ended.
import { useState } from 'react';
import { Alert, Anchor, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormDialog } from '../../../components/FormDialog';
import { useAuth } from '../../../lib/auth';
import { ApiError } from '../../../lib/api';
import { useFormatters } from '../../../lib/format';
import { PERMISSIONS } from '../../../lib/types';
import { useAnswerOffer, useOffer, type Offer } from './api';

interface Props {
  orgId: string;
  calloffId: string;
}

export function OfferSection({ orgId, calloffId }: Props) {
  const offer = useOffer(orgId, calloffId);
  // Only a supplier that was offered the call-off has an offer; for the others this says nothing.
  if (offer.isPending || (offer.error instanceof ApiError && offer.error.status === 404))
    return null;
  if (offer.isError) return <ErrorAlert error={offer.error} onRetry={() => void offer.refetch()} />;
  return <OfferView orgId={orgId} offer={offer.data} />;
}

function OfferView({ orgId, offer }: { orgId: string; offer: Offer }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { hasPermission } = useAuth();
  const answer = useAnswerOffer(orgId, offer.calloffId);
  const [dialog, setDialog] = useState<'none' | 'accept' | 'decline'>('none');
  const open = offer.status === 'offered' && !offer.deadlinePassed;
  return (
    <Stack gap="sm" component="section" aria-labelledby="offer-title">
      <Title order={2} size="h3" id="offer-title">
        {t('cascade.offer.title')}
      </Title>
      <Text size="sm">{t('cascade.offer.intro')}</Text>
      <Text size="sm">
        {t('cascade.offer.offeredAt')}: {f.dateTime(offer.offeredAt)} ·{' '}
        {t('cascade.offer.deadline')}: {f.dateTime(offer.deadline)}
      </Text>
      <Alert color={offer.status === 'accepted' ? 'green' : 'blue'} variant="light">
        <Stack gap={4}>
          <Text size="sm">
            {offer.status === 'offered' && offer.deadlinePassed
              ? t('cascade.offer.tooLate')
              : t(`cascade.offer.status.${offer.status}`, { reason: offer.declineReason ?? '' })}
          </Text>
          {offer.orderId && (
            <Anchor component={Link} to={`/orders/${offer.orderId}`} size="sm">
              {t('cascade.offer.orderLink', { reference: offer.orderReference })}
            </Anchor>
          )}
        </Stack>
      </Alert>
      {open && hasPermission(PERMISSIONS.tendersRespond) && (
        <Group>
          <Button onClick={() => setDialog('accept')}>{t('cascade.offer.accept')}</Button>
          <Button variant="outline" color="red.9" onClick={() => setDialog('decline')}>
            {t('cascade.offer.decline')}
          </Button>
        </Group>
      )}
      {dialog === 'accept' && (
        <ConfirmDialog
          title={t('cascade.offer.acceptTitle')}
          question={t('cascade.offer.acceptQuestion')}
          confirmLabel={t('cascade.offer.accept')}
          pending={answer.isPending}
          error={answer.error}
          onConfirm={() =>
            answer.mutate({ kind: 'accept' }, { onSuccess: () => setDialog('none') })
          }
          onClose={() => setDialog('none')}
        />
      )}
      {dialog === 'decline' && <DeclineDialog answer={answer} onClose={() => setDialog('none')} />}
    </Stack>
  );
}

function DeclineDialog({
  answer,
  onClose,
}: {
  answer: ReturnType<typeof useAnswerOffer>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { reason: '' } });
  return (
    <FormDialog
      title={t('cascade.offer.declineTitle')}
      form={form}
      mutation={answer}
      toVariables={({ reason }) => ({ kind: 'decline' as const, reason })}
      onSaved={onClose}
      onClose={onClose}
      submitLabel={t('cascade.offer.declineConfirm')}
      submitColor="red.9"
    >
      <Textarea
        label={t('cascade.offer.declineReason')}
        required
        maxLength={2000}
        {...form.getInputProps('reason')}
        data-autofocus
      />
    </FormDialog>
  );
}
