import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useStaleOfferCount } from './api';
import { ConfirmOffersButton } from './ConfirmOffersButton';

/** The supplier's home page: offers to confirm, and the one click that confirms them all. */
export function OffersToConfirm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const stale = useStaleOfferCount(orgId);
  if (stale.isError) return <ErrorAlert error={stale.error} />;
  if (stale.data === undefined || stale.data === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" maw={640}>
      <Stack gap="sm">
        <Text size="sm">{t('offers.home.stale', { count: stale.data })}</Text>
        <Group gap="sm">
          <ConfirmOffersButton orgId={orgId} />
          <Anchor component={Link} to="/company/offers" size="sm">
            {t('offers.home.open')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
