// The caseworker's latest referrals with their state, for the home page's caseworker work list.
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

const FIRST = { limit: 10, offset: 0 };

export function MyReferralsList() {
  const { t } = useTranslation();
  const { activeMembership } = useAuth();
  const referrals = useReferrals(activeMembership!.organisation.id, { view: 'mine' }, FIRST);
  const columns = useReferralColumns({ linkTo: referralPath });
  return (
    <Stack gap="sm">
      {referrals.isPending ? (
        <Loading />
      ) : referrals.isError ? (
        <ErrorAlert error={referrals.error} onRetry={() => void referrals.refetch()} />
      ) : referrals.data.items.length === 0 ? (
        <EmptyState title={t('referrals.mine.empty')} />
      ) : (
        <ReferralsTable
          caption={t('referrals.mine.caption')}
          items={referrals.data.items}
          columns={columns}
        />
      )}
      <Anchor component={Link} to="/referrals">
        {t('referrals.mine.all')}
      </Anchor>
    </Stack>
  );
}
