import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { Page } from '../../../components/Page';
import { useSendReferral } from './api';
import { referralPath } from './paths';
import { ReferralForm } from './ReferralForm';

/** The caseworker writes a referral and sends it to the matching team. */
export function NewReferralPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { activeMembership } = useAuth();
  const organisation = activeMembership!.organisation;
  const send = useSendReferral(organisation.id);
  return (
    <Page title={t('referrals.new.title')} description={t('referrals.new.description')}>
      <ReferralForm
        orgId={organisation.id}
        country={organisation.country}
        pending={send.isPending}
        error={send.error}
        onSubmit={(input) =>
          send.mutate(input, {
            onSuccess: (sent) => navigate(referralPath(sent), { state: { saved: true } }),
          })
        }
        onCancel={() => navigate('/referrals')}
      />
    </Page>
  );
}
