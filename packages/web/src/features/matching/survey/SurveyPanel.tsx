// The offer survey of a referral: who was asked, their answers, negotiation and the choice.
import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function SurveyPanel(props: { orgId: string; referralId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`survey-${props.referralId}`}>
      <Title order={2} size="h3" id={`survey-${props.referralId}`}>
        {t('referrals.panels.survey')}
      </Title>
    </section>
  );
}
