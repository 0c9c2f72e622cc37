import { useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ApiError } from '../../../lib/api';
import { useAuth } from '../../../lib/auth';
import { useTargetGroupLabel } from '../../../lib/target-groups';
import { CatalogueFilterForm } from './CatalogueFilterForm';
import { CatalogueResultsTable } from './CatalogueResultsTable';
import { useCatalogueFilters, useCatalogueSearch, useMunicipalities, type Criteria } from './api';

const PAGE_SIZE = 25;

export function CataloguePage() {
  const { t } = useTranslation();
  const org = useAuth().activeMembership!.organisation;
  const filters = useCatalogueFilters(org.id);
  const municipalities = useMunicipalities(org.country);
  const [criteria, setCriteria] = useState<Criteria | null>(null);
  const search = useCatalogueSearch(org.id, criteria);

  const onSearch = (chosen: Criteria) => setCriteria({ ...chosen, limit: PAGE_SIZE, offset: 0 });
  const goTo = (offset: number) => setCriteria((c) => (c ? { ...c, offset } : c));
  const targetGroupName = useTargetGroupLabel(filters.data?.targetGroups);

  const answer = search.data;
  const offset = Number(criteria?.offset ?? 0);
  const apiError = search.error instanceof ApiError ? search.error : null;

  return (
    <Page title={t('catalogue.title')} description={t('catalogue.description')}>
      {filters.isPending || municipalities.isPending ? (
        <Loading />
      ) : filters.isError ? (
        <ErrorAlert error={filters.error} onRetry={() => void filters.refetch()} />
      ) : (
        <CatalogueFilterForm
          filters={filters.data}
          municipalities={municipalities.data?.items ?? []}
          error={apiError}
          searching={search.isFetching}
          onSearch={onSearch}
        />
      )}

      <Stack gap="sm" component="section" aria-labelledby="catalogue-results">
        <Title order={2} size="h3" id="catalogue-results">
          {t('catalogue.results')}
        </Title>
        {/* Announced to screen readers whenever a search completes. */}
        <Text role="status" aria-live="polite" aria-atomic="true" size="sm">
          {answer && !search.isFetching
            ? answer.total === 0
              ? t('catalogue.countNone')
              : t('catalogue.count', {
                  count: answer.total,
                  from: offset + 1,
                  to: offset + answer.items.length,
                })
            : ''}
        </Text>
        {search.isError && (
          <ErrorAlert
            error={search.error}
            shownFields={[
              'category',
              'targetGroup',
              'age',
              'gender',
              'municipality',
              'near',
              'maxDistanceKm',
              'minFreePlaces',
              'priceMin',
              'priceMax',
              'sort',
            ]}
          />
        )}
        {criteria === null ? (
          <EmptyState title={t('catalogue.start')}>{t('catalogue.startHelp')}</EmptyState>
        ) : search.isPending ? (
          <Loading />
        ) : answer && answer.items.length === 0 ? (
          <EmptyState title={t('catalogue.empty')}>{t('catalogue.emptyHelp')}</EmptyState>
        ) : answer ? (
          <>
            <CatalogueResultsTable
              results={answer.items}
              total={answer.total}
              targetGroupName={targetGroupName}
            />
            {answer.total > PAGE_SIZE && (
              <Group gap="sm">
                <Button
                  variant="default"
                  disabled={offset === 0}
                  onClick={() => goTo(Math.max(0, offset - PAGE_SIZE))}
                >
                  {t('catalogue.previous')}
                </Button>
                <Button
                  variant="default"
                  disabled={offset + PAGE_SIZE >= answer.total}
                  onClick={() => goTo(offset + PAGE_SIZE)}
                >
                  {t('catalogue.next')}
                </Button>
              </Group>
            )}
          </>
        ) : null}
      </Stack>
    </Page>
  );
}
