// Sends survey requests to the suppliers of the chosen offers. Disabled until requests can be sent.
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function SendSurveyButton(props: {
  orgId: string;
  referralId: string;
  establishmentIds: string[];
}) {
  const { t } = useTranslation();
  return (
    <Button disabled data-referral={props.referralId} data-count={props.establishmentIds.length}>
      {t('referrals.panels.sendSurvey')}
    </Button>
  );
}
