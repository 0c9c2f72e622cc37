// An agreement's lots a page at a time (a national agreement has thousands), each with its ranked
// suppliers, narrowed by text in the name or number and by a municipality the lot serves. The page
// lives in the URL like every list's; the filter resets it to the first.
import { useState, type ReactNode } from 'react';
import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListSearch } from '../../../components/ListSearch';
import { Loading } from '../../../components/Loading';
import { PageFooter } from '../../../components/DataTable';
import { usePageState } from '../../../lib/paging';
import { LOT_SORTS, useAgreementLots } from './api';
import type { AgreementDetail, Lot } from './types';

/** Each lot shows a table of up to a few dozen suppliers: a short page keeps it readable. */
const LOTS_PER_PAGE = 10;

export function LotsList({
  orgId,
  agreement,
  renderLot,
}: {
  orgId: string;
  agreement: Pick<AgreementDetail, 'id' | 'municipalities'>;
  renderLot: (lot: Lot) => ReactNode;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  // Each keystroke would ask the server again; a pause in typing asks once.
  const [q] = useDebouncedValue(search.trim(), 250);
  const page = usePageState(
    LOT_SORTS,
    { sort: 'number', order: 'asc' },
    { prefix: 'lots', pageSize: LOTS_PER_PAGE },
  );
  const lots = useAgreementLots(orgId, agreement.id, { q, municipalityCode }, page);
  const filtered = search.trim() !== '' || municipalityCode !== '';
  const served = agreement.municipalities.flatMap((m) =>
    m.municipalityCode ? [{ id: m.id, name: m.name, code: m.municipalityCode }] : [],
  );

  let list: ReactNode;
  if (lots.isPending) list = <Loading />;
  else if (lots.isError && !lots.data)
    list = <ErrorAlert error={lots.error} onRetry={() => void lots.refetch()} />;
  else if (lots.data.total === 0)
    list = <Text>{t(filtered ? 'agreements.lotsFilter.none' : 'agreements.noLots')}</Text>;
  else
    list = (
      <>
        <Stack gap="xl" aria-busy={lots.isFetching || undefined}>
          {lots.data.items.map((lot) => (
            <div key={lot.id}>{renderLot(lot)}</div>
          ))}
        </Stack>
        <PageFooter
          state={page}
          shown={lots.data.items.length}
          total={lots.data.total}
          fetching={lots.isFetching}
        />
      </>
    );

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md" wrap="wrap" role="search">
        <ListSearch
          label={t('agreements.lotsFilter.search')}
          description={t('agreements.lotsFilter.searchHelp')}
          value={search}
          onChange={(text) => {
            setSearch(text);
            page.setPage(1);
          }}
        />
        {served.length > 0 && (
          <NativeSelect
            label={t('agreements.lotsFilter.municipality')}
            value={municipalityCode}
            onChange={(e) => {
              setMunicipalityCode(e.currentTarget.value);
              page.setPage(1);
            }}
            w={{ base: '100%', xs: 280 }}
          >
            <option value="">{t('agreements.lotsFilter.allMunicipalities')}</option>
            {served.map((m) => (
              <option key={m.id} value={m.code}>
                {m.name}
              </option>
            ))}
          </NativeSelect>
        )}
        {filtered && (
          <Button
            variant="default"
            onClick={() => {
              setSearch('');
              setMunicipalityCode('');
              page.setPage(1);
            }}
          >
            {t('agreements.lotsFilter.clear')}
          </Button>
        )}
      </Group>
      {lots.isError && lots.data && <ErrorAlert error={lots.error} />}
      {list}
    </Stack>
  );
}
