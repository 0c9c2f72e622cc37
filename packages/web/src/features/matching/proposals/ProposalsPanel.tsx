// The proposals for a referral: matching's ranked offers and the excluded ones, with why.
import type { ReactNode } from 'react';
import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ProposalsPanel(props: {
  orgId: string;
  referralId: string;
  renderActions?: (selectedEstablishmentIds: string[]) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`proposals-${props.referralId}`}>
      <Title order={2} size="h3" id={`proposals-${props.referralId}`}>
        {t('referrals.panels.proposals')}
      </Title>
      {props.renderActions?.([])}
    </section>
  );
}
