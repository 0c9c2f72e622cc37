// The matching team's queue: open referrals by urgency, then by their clock, with who works on
// each; "Take" assigns one to the reader.
import { useState } from 'react';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { PERMISSIONS } from '../../../lib/types';
import { FreshnessSection } from '../offers/FreshnessSection';
import { SettingsSection } from '../offers/SettingsSection';
import { usePageState } from '../../../lib/paging';
import { Page } from '../../../components/Page';
import { DataTable } from '../../../components/DataTable';
import { REFERRAL_STATES } from '@tildel/domain/matching/vocabulary';
import { useReferrals, type ReferralState } from './api';
import { referralPath } from './paths';
import { useReferralColumns } from './ReferralsTable';
import { TakeButton } from './TakeButton';

export function MatchingQueuePage() {
  const { t } = useTranslation();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const [state, setState] = useState<ReferralState | ''>('');
  const page = usePageState(['queue'], { sort: 'queue', order: 'asc' });
  const list = useReferrals(orgId, { view: 'queue', state: state || undefined }, page.params);
  const columns = useReferralColumns({
    linkTo: referralPath,
    action: (referral) => <TakeButton orgId={orgId} referral={referral} />,
  });
  return (
    <Page title={t('referrals.queue.title')} description={t('referrals.queue.description')}>
      <NativeSelect
        label={t('referrals.queue.filterState')}
        value={state}
        maw={320}
        onChange={(e) => {
          setState(e.currentTarget.value as ReferralState | '');
          page.setPage(1);
        }}
      >
        <option value="">{t('referrals.queue.openStates')}</option>
        {REFERRAL_STATES.map((s) => (
          <option key={s} value={s}>
            {t(`referrals.states.${s}`)}
          </option>
        ))}
      </NativeSelect>
      <DataTable
        caption={t('referrals.queue.caption')}
        columns={columns}
        list={list}
        state={page}
        rowKey={(r) => r.id}
        empty={t('referrals.queue.empty')}
        urgent={(r) => r.clock === 'overdue'}
        minWidth={900}
      />
      <FreshnessSection orgId={orgId} />
      {hasPermission(PERMISSIONS.matchingConfigure) && <SettingsSection orgId={orgId} />}
    </Page>
  );
}
