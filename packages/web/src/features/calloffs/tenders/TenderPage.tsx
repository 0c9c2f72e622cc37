// One call-off as the invited supplier reads it: the pseudonymised request, the requirements, how
// bids are compared and ties broken, the deadline, changes and questions; asking and declining.
// The bid, offer and award decision sections belong to their own areas.
import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { makeFormatters, TIME_ZONE, useFormatters } from '../../../lib/format';
import { PERMISSIONS } from '../../../lib/types';
import { BidderDecisionSection } from '../awards/BidderDecisionSection';
import { BidSection } from '../bids/BidSection';
import { OfferSection } from '../cascade/OfferSection';
import { TieRule } from '../invitations/TieRule';
import { NeedView } from '../needs/NeedView';
import { useQuantity } from '../needs/CallOffOptionsSection';
import { useTender, type Tender } from './api';
import { DeclineDialog } from './DeclineDialog';
import { RequirementsTable } from './RequirementsTable';
import { TenderQuestions } from './TenderQuestions';
import { TenderStatusBadge } from './TenderStatusBadge';
import { timeLeft } from './timeLeft';

export function TenderPage() {
  const { calloffId = '' } = useParams();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const tender = useTender(orgId, calloffId);
  if (tender.isPending) return <Loading />;
  if (tender.isError)
    return <ErrorAlert error={tender.error} onRetry={() => void tender.refetch()} />;
  return <TenderView orgId={orgId} tender={tender.data} />;
}

function TenderView({ orgId, tender }: { orgId: string; tender: Tender }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const quantity = useQuantity();
  const { hasPermission } = useAuth();
  const [declining, setDeclining] = useState(false);
  const zone = makeFormatters(f.locale, TIME_ZONE[tender.country]);
  const canAct =
    hasPermission(PERMISSIONS.tendersRespond) &&
    tender.kind === 'tender' &&
    tender.calloffStatus === 'open' &&
    !tender.deadlinePassed &&
    tender.invitation.declinedAt === null;
  return (
    <Page
      title={tender.title}
      description={
        <Group gap="sm" component="span">
          <TenderStatusBadge status={tender.status} />
          <span>{t('tenders.detail.from', { buyer: tender.buyerName })}</span>
        </Group>
      }
      actions={
        canAct &&
        tender.bid?.status !== 'submitted' && (
          <>
            {/* The primary action first: on a phone the bid form lies far below the request. */}
            <Button component="a" href="#bid">
              {t('tenders.bid.open')}
            </Button>
            <Button variant="outline" color="red.9" onClick={() => setDeclining(true)}>
              {t('tenders.decline.open')}
            </Button>
          </>
        )
      }
    >
      <Anchor component={Link} to="/tenders">
        {t('tenders.back')}
      </Anchor>
      {tender.deadline && (
        <Text fw={600}>
          {t(tender.deadlinePassed ? 'tenders.detail.deadlinePassed' : 'tenders.detail.deadline', {
            at: `${zone.dateTime(tender.deadline)} (${zone.timeZoneName})`,
            left: timeLeft(t, tender.deadline),
          })}
        </Text>
      )}
      {tender.invitation.declinedAt && (
        <Alert color="gray" variant="light" title={t('tenders.decline.done')}>
          {tender.invitation.declineReason}
        </Alert>
      )}

      <Stack gap="xs" component="section" aria-labelledby="request-title">
        <Title order={2} size="h3" id="request-title">
          {t('tenders.detail.request')}
        </Title>
        <NeedView need={tender.need} caption={t('tenders.detail.needCaption')} />
        {tender.requestText && <Text style={{ whiteSpace: 'pre-wrap' }}>{tender.requestText}</Text>}
        <Text size="sm">
          {t('tenders.detail.volume', {
            volume: quantity(tender.expectedVolume.quantity, tender.expectedVolume.unit),
            currency: tender.currency,
          })}
        </Text>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="requirements-title">
        <Title order={2} size="h3" id="requirements-title">
          {t('tenders.detail.requirements')}
        </Title>
        <RequirementsTable requirements={tender.requirements} />
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="model-title">
        <Title order={2} size="h3" id="model-title">
          {t('tenders.detail.model')}
        </Title>
        <Text>
          {t(`calloffs.model.kinds.${tender.model.kind}`)}:{' '}
          {t(`calloffs.model.explain.${tender.model.kind}`)}{' '}
          {t('tenders.detail.basis', { basis: t(`calloffs.model.bases.${tender.model.basis}`) })}
        </Text>
        <TieRule rule={tender.tieRule} />
      </Stack>

      {tender.changes.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="changes-title">
          <Title order={2} size="h3" id="changes-title">
            {t('tenders.detail.changes')}
          </Title>
          <List size="sm">
            {tender.changes.map((c) => (
              <List.Item key={c.id}>
                {t('tenders.detail.change', {
                  at: f.dateTime(c.changedAt),
                  summary: c.summary,
                  deadline: zone.dateTime(c.deadlineAfter),
                })}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}

      <TenderQuestions orgId={orgId} tender={tender} canAsk={canAct} />

      <BidSection orgId={orgId} calloffId={tender.calloffId} />
      <OfferSection orgId={orgId} calloffId={tender.calloffId} />
      <BidderDecisionSection orgId={orgId} calloffId={tender.calloffId} />

      {declining && (
        <DeclineDialog
          orgId={orgId}
          calloffId={tender.calloffId}
          onClose={() => setDeclining(false)}
        />
      )}
    </Page>
  );
}
