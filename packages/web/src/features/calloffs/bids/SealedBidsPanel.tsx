// The sealed bids on the buyer's call-off page. Until the deadline only their number is known;
// after it the buyer opens them, an audited event; then who opened them and when.
import { Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { PERMISSIONS } from '../../../lib/types';
import type { CalloffDetail } from '../calloffs/api';
import { useOpenBids, useOpening } from './api';

interface Props {
  orgId: string;
  calloff: CalloffDetail;
}

export function SealedBidsPanel({ orgId, calloff }: Props) {
  if (calloff.procedure === 'ranking' || !calloff.publishedAt || !calloff.tenderDeadline)
    return null;
  return <Panel orgId={orgId} calloff={calloff} deadline={calloff.tenderDeadline} />;
}

function Panel({ orgId, calloff, deadline }: Props & { deadline: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { hasPermission } = useAuth();
  const opening = useOpening(orgId, calloff.id, calloff.openedAt !== null);
  const openBids = useOpenBids(orgId, calloff.id);
  const [confirming, setConfirming] = useState(false);
  const [opened, setOpened] = useState(false);
  const at = `${f.dateTime(deadline)} (${f.timeZoneName})`;
  const canOpen =
    calloff.status === 'open' &&
    calloff.deadlinePassed &&
    calloff.openedAt === null &&
    hasPermission(PERMISSIONS.calloffsManage);

  return (
    <Stack gap="sm" component="section" aria-labelledby="sealed-bids-title">
      <Title order={2} size="h3" id="sealed-bids-title">
        {t('bids.panel.title')}
      </Title>
      {opened && (
        <SuccessNotice message={t('bids.panel.openedNotice')} onClose={() => setOpened(false)} />
      )}
      {calloff.openedAt ? (
        <Text>
          {t('bids.panel.opened', {
            count: calloff.bidCount,
            at: f.dateTime(calloff.openedAt),
            by: opening.data?.openedBy ?? '…',
          })}
        </Text>
      ) : calloff.deadlinePassed ? (
        <Text>{t('bids.panel.awaitingOpening', { count: calloff.bidCount, deadline: at })}</Text>
      ) : (
        <Text>{t('bids.panel.sealed', { count: calloff.bidCount, deadline: at })}</Text>
      )}
      {canOpen && (
        <div>
          <Button onClick={() => setConfirming(true)}>{t('bids.panel.open')}</Button>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('bids.panel.confirmTitle')}
          question={t('bids.panel.confirmQuestion', { count: calloff.bidCount })}
          confirmLabel={t('bids.panel.open')}
          pending={openBids.isPending}
          error={openBids.error}
          onClose={() => setConfirming(false)}
          onConfirm={() =>
            openBids.mutate(calloff.version, {
              onSuccess: () => {
                setConfirming(false);
                setOpened(true);
              },
            })
          }
        />
      )}
    </Stack>
  );
}
