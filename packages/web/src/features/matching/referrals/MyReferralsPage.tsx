// The caseworker's referrals with their state and clock, and the way to send a new one.
import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { usePageState } from '../../../lib/paging';
import { PERMISSIONS } from '../../../lib/types';
import { Page } from '../../../components/Page';
import { DataTable } from '../../../components/DataTable';
import { useReferrals } from './api';
import { referralPath } from './paths';
import { useReferralColumns } from './ReferralsTable';

export function MyReferralsPage() {
  const { t } = useTranslation();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const page = usePageState(['queue'], { sort: 'queue', order: 'asc' });
  const list = useReferrals(orgId, { view: 'mine' }, page.params);
  const columns = useReferralColumns({ linkTo: referralPath });
  return (
    <Page
      title={t('referrals.mine.title')}
      description={t('referrals.mine.description')}
      actions={
        hasPermission(PERMISSIONS.referralsSend) && (
          <Button component={Link} to="/referrals/new">
            {t('referrals.mine.new')}
          </Button>
        )
      }
    >
      <DataTable
        caption={t('referrals.mine.caption')}
        columns={columns}
        list={list}
        state={page}
        rowKey={(r) => r.id}
        empty={t('referrals.mine.empty')}
        urgent={(r) => r.clock === 'overdue'}
      />
    </Page>
  );
}
