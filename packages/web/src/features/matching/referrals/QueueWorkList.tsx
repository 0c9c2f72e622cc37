// The matching officer's work list on the home page: open referrals, overdue first, then by
// urgency and clock.
import { Anchor, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useReferrals } from './api';
import { referralPath } from './paths';
import { ReferralsTable, useReferralColumns } from './ReferralsTable';
import { TakeButton } from './TakeButton';

const FIRST = { limit: 10, offset: 0 };

export function QueueWorkList() {
  const { t } = useTranslation();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const queue = useReferrals(orgId, { view: 'queue', overdueFirst: true }, FIRST);
  const columns = useReferralColumns({
    linkTo: referralPath,
    action: (referral) => <TakeButton orgId={orgId} referral={referral} />,
  });
  return (
    <Stack gap="sm">
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <EmptyState title={t('referrals.queue.homeEmpty')} />
      ) : (
        <ReferralsTable
          caption={t('referrals.queue.homeCaption')}
          items={queue.data.items}
          columns={columns}
        />
      )}
      <Anchor component={Link} to="/matching">
        {t('referrals.queue.all')}
      </Anchor>
    </Stack>
  );
}
