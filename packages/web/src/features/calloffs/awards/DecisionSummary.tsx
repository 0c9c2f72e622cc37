// After the award: the decision, its PDF in each language, the standstill, and the order form —
// enabled once the standstill has ended — that makes the order and links to it.
import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../lib/api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { GlossaryLinks } from '../../../components/GlossaryLink';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { PERMISSIONS } from '../../../lib/types';
import type { CalloffDetail } from '../calloffs/api';
import { buyerDecisionPdf, useOrder, type AwardDecisionView } from './api';

const LANGUAGES = ['sv', 'da', 'en'] as const;

interface Props {
  orgId: string;
  calloff: CalloffDetail;
  decision: AwardDecisionView;
  canOrder: boolean;
}

export function DecisionSummary({ orgId, calloff, decision, canOrder }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { hasPermission } = useAuth();
  return (
    <Stack gap="sm">
      <Title order={3}>{t('awards.decision.title')}</Title>
      <GlossaryLinks terms={['tilldelningsbeslut', 'avtalsspar']} />
      <Text>{t('awards.decision.winner', { supplier: decision.supplierName })}</Text>
      <Text size="sm">
        {t('awards.decision.decided', {
          at: f.dateTime(decision.decidedAt),
          by: decision.decidedBy,
        })}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {t('awards.decision.reasons', { reasons: decision.reasons })}
      </Text>
      <Text size="sm">
        {decision.standstillUntil
          ? t('awards.decision.standstillUntil', { at: f.dateTime(decision.standstillUntil) })
          : t('awards.decision.noStandstill')}
      </Text>
      <Group gap="md">
        <Text size="sm">{t('awards.decision.pdf')}</Text>
        {LANGUAGES.map((lang) => (
          <Anchor key={lang} href={buyerDecisionPdf(orgId, calloff.id, lang)} size="sm">
            {t(`awards.decision.pdfIn.${lang}`)}
          </Anchor>
        ))}
      </Group>
      {hasPermission(PERMISSIONS.insightsRead) && (
        <Anchor
          component={Link}
          to={`/insights/replay?scope=calloff&calloffId=${calloff.id}&model=lowest_price&basis=unit_price`}
          size="sm"
        >
          {t('awards.decision.replay')}
        </Anchor>
      )}
      {decision.order ? (
        <Anchor component={Link} to={`/orders/${decision.order.id}`}>
          {t('awards.order.link', { reference: decision.order.reference })}
        </Anchor>
      ) : (
        canOrder && <OrderForm orgId={orgId} calloff={calloff} allowed={decision.orderAllowed} />
      )}
    </Stack>
  );
}

function OrderForm({
  orgId,
  calloff,
  allowed,
}: {
  orgId: string;
  calloff: CalloffDetail;
  allowed: boolean;
}) {
  const { t } = useTranslation();
  const summary = (calloff.need as { summary?: { start?: string; end?: string } }).summary;
  const [startDate, setStartDate] = useState(summary?.start ?? '');
  const [endDate, setEndDate] = useState(summary?.end ?? '');
  const mutation = useOrder(orgId, calloff.id);
  const navigate = useNavigate();
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(
      { version: calloff.version, startDate, endDate },
      { onSuccess: ({ order }) => void navigate(`/orders/${order.id}`) },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="award-order-title">
      <Stack gap="sm">
        <Title order={3} id="award-order-title">
          {t('awards.order.title')}
        </Title>
        {!allowed && <Text size="sm">{t('awards.order.waiting')}</Text>}
        {mutation.isError && (
          <ErrorAlert error={mutation.error} shownFields={['startDate', 'endDate']} />
        )}
        <Group align="flex-start">
          <TextInput
            type="date"
            label={t('awards.order.startDate')}
            required
            value={startDate}
            onChange={(e) => setStartDate(e.currentTarget.value)}
            error={apiError?.fieldError('startDate')}
            disabled={!allowed}
          />
          <TextInput
            type="date"
            label={t('awards.order.endDate')}
            required
            value={endDate}
            onChange={(e) => setEndDate(e.currentTarget.value)}
            error={apiError?.fieldError('endDate')}
            disabled={!allowed}
          />
        </Group>
        <Group>
          <Button type="submit" disabled={!allowed} loading={mutation.isPending}>
            {t('awards.order.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
