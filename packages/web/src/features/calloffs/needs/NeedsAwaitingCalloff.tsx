// The buyer's first work list on the home page: submitted needs waiting for a call-off, each row
// opening the call-off start with the need chosen (one step instead of Behov → need → Starta avrop).
import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { FIRST_NEEDS, useNeeds } from './api';
import { NeedsTable } from './NeedsTable';

export function NeedsAwaitingCalloff() {
  const { t } = useTranslation();
  const { activeMembership } = useAuth();
  const needs = useNeeds(activeMembership!.organisation.id, { status: 'submitted' }, FIRST_NEEDS);
  return (
    <Stack gap="sm">
      <Text fw={600}>{t('needs.awaiting.title')}</Text>
      {needs.isPending ? (
        <Loading />
      ) : needs.isError ? (
        <ErrorAlert error={needs.error} onRetry={() => void needs.refetch()} />
      ) : needs.data.items.length === 0 ? (
        <EmptyState title={t('needs.awaiting.empty')} />
      ) : (
        <NeedsTable
          caption={t('needs.awaiting.title')}
          items={needs.data.items}
          linkTo={(n) => `/calloffs/new?need=${n.id}`}
        />
      )}
      <Anchor component={Link} to="/needs">
        {t('needs.awaiting.all')}
      </Anchor>
    </Stack>
  );
}
