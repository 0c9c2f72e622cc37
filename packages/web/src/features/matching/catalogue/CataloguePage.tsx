import { useState } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { CATALOGUE_SORTS } from '@tildel/domain/catalogue';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ApiError } from '../../../lib/api';
import { useAuth } from '../../../lib/auth';
import { usePageState } from '../../../lib/paging';
import { useTargetGroupLabel } from '../../../lib/target-groups';
import { CatalogueFilterForm } from './CatalogueFilterForm';
import { CatalogueResultsTable } from './CatalogueResultsTable';
import { useCatalogueFilters, useCatalogueSearch, useMunicipalities, type Criteria } from './api';

const PAGE_SIZE = 25;
/** Only the page comes from the URL: the search form holds the criteria and the sort. */
const BY_NAME = { sort: 'name', order: 'asc' } as const;

export function CataloguePage() {
  const { t } = useTranslation();
  const org = useAuth().activeMembership!.organisation;
  const filters = useCatalogueFilters(org.id);
  const municipalities = useMunicipalities(org.country);
  const [criteria, setCriteria] = useState<Criteria | null>(null);
  const page = usePageState(CATALOGUE_SORTS, BY_NAME, { pageSize: PAGE_SIZE });
  const search = useCatalogueSearch(org.id, criteria, page);

  const onSearch = (chosen: Criteria) => {
    setCriteria(chosen);
    page.setPage(1);
  };
  const targetGroupName = useTargetGroupLabel(filters.data?.targetGroups);

  const answer = search.data;
  const offset = page.params.offset;
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
              : t(answer.totalCapped ? 'catalogue.countMore' : 'catalogue.count', {
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
        ) : (
          // A refused search is told above, on its fields.
          !search.isError && (
            <CatalogueResultsTable list={search} state={page} targetGroupName={targetGroupName} />
          )
        )}
      </Stack>
    </Page>
  );
}
