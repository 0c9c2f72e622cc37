// The insights landing page: this year against last, and the way to each insights view.
import { Anchor, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { SpendThisYear } from './SpendThisYear';

const VIEWS = [
  { to: '/insights/spend', title: 'spend.landing.spendTitle', text: 'spend.landing.spendText' },
  { to: '/insights/prices', title: 'spend.landing.pricesTitle', text: 'spend.landing.pricesText' },
  {
    to: '/insights/statistics',
    title: 'spend.landing.statisticsTitle',
    text: 'spend.landing.statisticsText',
  },
  { to: '/insights/replay', title: 'spend.landing.replayTitle', text: 'spend.landing.replayText' },
] as const;

export function InsightsPage() {
  const { t } = useTranslation();
  const { activeMembership } = useAuth();
  // Suppliers see their own orders and rates; replaying bids is the buyers' side only.
  const views = VIEWS.filter(
    (view) => view.to !== '/insights/replay' || activeMembership?.organisation.kind !== 'supplier',
  );
  return (
    <Page title={t('spend.landing.title')} description={t('spend.landing.intro')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={900}>
        {views.map((view) => (
          <Paper key={view.to} withBorder p="md" radius="md">
            <Title order={2} size="h4">
              <Anchor component={Link} to={view.to}>
                {t(view.title)}
              </Anchor>
            </Title>
            <Text size="sm" mt={4}>
              {t(view.text)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <section aria-labelledby="insights-years">
        <Title order={2} size="h3" id="insights-years" mb="sm">
          {t('spend.years.title')}
        </Title>
        <SpendThisYear />
      </section>
    </Page>
  );
}
