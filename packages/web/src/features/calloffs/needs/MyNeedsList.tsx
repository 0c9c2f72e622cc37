// The caseworker's own needs with their state, for the home page (under its work-list heading).
import { Anchor, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { FIRST_NEEDS, useNeeds } from './api';
import { NeedsTable } from './NeedsTable';

export function MyNeedsList() {
  const { t } = useTranslation();
  const { activeMembership } = useAuth();
  const needs = useNeeds(activeMembership!.organisation.id, { mine: true }, FIRST_NEEDS);
  return (
    <Stack gap="sm">
      {needs.isPending ? (
        <Loading />
      ) : needs.isError ? (
        <ErrorAlert error={needs.error} onRetry={() => void needs.refetch()} />
      ) : needs.data.items.length === 0 ? (
        <EmptyState title={t('needs.mine.empty')} />
      ) : (
        <NeedsTable caption={t('needs.mine.caption')} items={needs.data.items} />
      )}
      <Anchor component={Link} to="/needs">
        {t('needs.mine.all')}
      </Anchor>
    </Stack>
  );
}
