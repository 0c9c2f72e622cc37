// "Take": the signed-in member of the matching team assigns the referral to themself.
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../lib/auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useChangeReferral, type ReferralSummary } from './api';

export function TakeButton({ orgId, referral }: { orgId: string; referral: ReferralSummary }) {
  const { t } = useTranslation();
  const me = useMe();
  const change = useChangeReferral(orgId);
  if (referral.assignee?.id === me.user.id) return <span>{t('referrals.queue.mine')}</span>;
  return (
    <>
      <Button
        size="xs"
        variant="light"
        loading={change.isPending}
        aria-label={t('referrals.queue.takeLabel', { reference: referral.caseReference })}
        onClick={() =>
          change.mutate({
            referralId: referral.id,
            version: referral.version,
            change: { assigneeId: me.user.id },
          })
        }
      >
        {t('referrals.queue.take')}
      </Button>
      {change.error ? <ErrorAlert error={change.error} /> : null}
    </>
  );
}
