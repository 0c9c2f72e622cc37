// The ranking cascade on the buyer's call-off page: the start form for a draft; then the
// standing offer with its deadline, a skip, the steps so far, and the outcome.
import { useState } from 'react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { PERMISSIONS } from '../../../lib/types';
import type { CalloffDetail } from '../calloffs/api';
import { useCascade, type CascadeView } from './api';
import { CascadeSteps } from './CascadeSteps';
import { SkipDialog } from './SkipDialog';
import { StartForm } from './StartForm';

interface Props {
  orgId: string;
  calloff: CalloffDetail;
}

export function CascadePanel({ orgId, calloff }: Props) {
  const { t } = useTranslation();
  if (calloff.procedure !== 'ranking' || calloff.status === 'cancelled') return null;
  return (
    <Stack gap="md" component="section" aria-labelledby="cascade-title">
      <Title order={2} size="h3" id="cascade-title">
        {t('cascade.title')}
      </Title>
      <Cascade orgId={orgId} calloff={calloff} />
    </Stack>
  );
}

function Cascade({ orgId, calloff }: Props) {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const view = useCascade(orgId, calloff.id);
  const canManage = hasPermission(PERMISSIONS.calloffsManage);
  const [skipping, setSkipping] = useState(false);
  const [skipped, setSkipped] = useState(false);
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />;
  const v = view.data;
  if (!v.started)
    return (
      <>
        <Text size="sm">{t('cascade.intro')}</Text>
        {calloff.status === 'draft' && canManage && (
          <StartForm orgId={orgId} calloff={calloff} view={v} />
        )}
      </>
    );
  return (
    <>
      {skipped && (
        <SuccessNotice message={t('cascade.skip.done')} onClose={() => setSkipped(false)} />
      )}
      {v.currentOffer && <CurrentOffer offer={v.currentOffer} />}
      <Outcome view={v} />
      {v.currentOffer && canManage && (
        <Group>
          <Button variant="outline" color="red.9" onClick={() => setSkipping(true)}>
            {t('cascade.skip.open')}
          </Button>
        </Group>
      )}
      <CascadeSteps steps={v.steps} />
      {skipping && (
        <SkipDialog
          orgId={orgId}
          calloffId={calloff.id}
          version={v.version}
          view={v}
          onDone={() => {
            setSkipping(false);
            setSkipped(true);
          }}
          onClose={() => setSkipping(false)}
        />
      )}
    </>
  );
}

function CurrentOffer({ offer }: { offer: NonNullable<CascadeView['currentOffer']> }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const msLeft = new Date(offer.deadline).getTime() - Date.now();
  return (
    <Alert color="blue" variant="light" title={t('cascade.current.title')}>
      <Text size="sm">
        {t('cascade.current.text', {
          supplier: offer.supplierName,
          rank: offer.rank,
          deadline: f.dateTime(offer.deadline),
        })}{' '}
        {msLeft > 0
          ? t('cascade.current.hoursLeft', { count: Math.ceil(msLeft / 3_600_000) })
          : t('cascade.current.deadlinePassed')}
      </Text>
    </Alert>
  );
}

function Outcome({ view }: { view: CascadeView }) {
  const { t } = useTranslation();
  const outcome = view.outcome;
  if (outcome?.kind === 'order')
    return (
      <Alert color="green" variant="light">
        <Stack gap={4}>
          <Text size="sm">{t('cascade.outcome.order', { supplier: outcome.supplierName })}</Text>
          {outcome.orderId && (
            <Anchor component={Link} to={`/orders/${outcome.orderId}`} size="sm">
              {t('cascade.outcome.orderLink', { reference: outcome.orderReference })}
            </Anchor>
          )}
        </Stack>
      </Alert>
    );
  if (outcome?.kind === 'no_supplier')
    return (
      <Alert color="gray" variant="light">
        {t('cascade.outcome.no_supplier')}
      </Alert>
    );
  return null;
}
