// Evaluation-model replay: past call-offs evaluated again under another model, to see which bid
// would have won and what it would have cost. Nothing is changed: an award stays as it was made.
import { Alert, Stack, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportLinks } from '../../../components/ExportLinks';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { useReplay } from './api';
import { ReplayFormFields } from './ReplayFormFields';
import { formOf, queryOf, searchOf } from './replay-search';
import { ReplayTable } from './ReplayTable';
import { ReplayTotals } from './ReplayTotals';

export function ReplayPage() {
  const { t } = useTranslation();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const [search, setSearch] = useSearchParams();
  const form = formOf(search);
  const query = queryOf(form);
  const replay = useReplay(orgId, query);
  return (
    <Page title={t('replay.title')} description={t('replay.intro')}>
      <Stack gap="lg">
        <ReplayFormFields
          key={search.toString()}
          orgId={orgId}
          initial={form}
          onReplay={(next) => setSearch(searchOf(next))}
        />
        {replay.isLoading && <Loading />}
        {replay.error && <ErrorAlert error={replay.error} onRetry={() => void replay.refetch()} />}
        {replay.data && (
          <Stack gap="lg">
            {replay.data.more && <Alert color="yellow">{t('replay.more')}</Alert>}
            <ReplayTable
              rows={replay.data.rows}
              isFetching={replay.isFetching}
              toolbar={
                query && (
                  <ExportLinks
                    path={`/api/organisations/${orgId}/insights/replay/export`}
                    params={query}
                  />
                )
              }
            />
            <Title order={2} size="h3">
              {t('replay.totals.title')}
            </Title>
            <ReplayTotals
              caption={t('replay.totals.byAgreement')}
              nameTitle={t('replay.totals.agreement')}
              prefix="agreements"
              rows={replay.data.byAgreement}
              nameOf={(r) =>
                r.source
                  ? `${r.source.reference} – ${r.source.title}`
                  : t('replay.totals.noAgreement')
              }
            />
            <ReplayTotals
              caption={t('replay.totals.byPeriod')}
              nameTitle={t('replay.totals.period')}
              prefix="periods"
              rows={replay.data.byPeriod}
              nameOf={(r) => r.period}
            />
          </Stack>
        )}
      </Stack>
    </Page>
  );
}
