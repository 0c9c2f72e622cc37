import { Badge, Group, Stack, Text } from '@mantine/core';
import type { CatalogueSort } from '@tildel/domain/catalogue';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn, type ListSource } from '../../../components/DataTable';
import { StatusBadge, type Tone } from '../../../components/StatusBadge';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { useMoney } from '../../../lib/money';
import type { PageState } from '../../../lib/paging';
import { SupplierSignals } from '../../../components/SupplierSignals';
import type { CatalogueResult } from './api';

const PERMIT_TONE: Record<CatalogueResult['permitStatus'], Tone> = {
  valid: 'positive',
  problem: 'negative',
  none: 'neutral',
};

interface Props {
  list: ListSource<CatalogueResult>;
  state: PageState<CatalogueSort>;
  targetGroupName: (code: string) => string;
}

/** The establishments found, a page at a time; the search form chooses the sort. */
export function CatalogueResultsTable({ list, state, targetGroupName }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const money = useMoney();
  const orgId = useAuth().activeMembership!.organisation.id;
  const supplierIds = list.data?.items.map((r) => r.supplier.id) ?? [];
  const columns: DataColumn<CatalogueResult, CatalogueSort>[] = [
    {
      key: 'establishment',
      title: t('catalogue.columns.establishment'),
      rowHeader: true,
      render: (r) => (
        <>
          <Text fw={600} size="sm">
            {r.name}
          </Text>
          <Text size="sm" c="dimmed">
            {r.municipality.name}
            {r.distanceKm !== null &&
              ` · ${t('catalogue.distanceValue', { km: f.number(r.distanceKm) })}`}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`catalogue.genders.${r.gender}`)} · {r.methods.join(', ')}
          </Text>
        </>
      ),
    },
    {
      key: 'supplier',
      title: t('catalogue.columns.supplier'),
      render: (r) => (
        <Stack gap={4} align="flex-start">
          <Text size="sm">{r.supplier.name}</Text>
          <Group gap={4}>
            {r.hidden && <StatusBadge tone="negative">{t('catalogue.badges.hidden')}</StatusBadge>}
            {r.terminated && (
              <StatusBadge tone="negative">{t('catalogue.badges.terminated')}</StatusBadge>
            )}
          </Group>
          <SupplierSignals orgId={orgId} supplierId={r.supplier.id} batch={supplierIds} />
        </Stack>
      ),
    },
    {
      key: 'targetGroups',
      title: t('catalogue.columns.targetGroups'),
      render: (r) => (
        <>
          <Group gap={4}>
            {r.targetGroups.map((code) => (
              <Badge key={code} variant="outline" color="dark" size="sm" tt="none">
                {targetGroupName(code)}
              </Badge>
            ))}
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {t('catalogue.ages', { min: r.ageMin, max: r.ageMax })}
          </Text>
        </>
      ),
    },
    {
      key: 'freePlaces',
      title: t('catalogue.columns.freePlaces'),
      render: (r) => (
        <>
          <Text size="sm">
            {t('catalogue.placesValue', { free: r.placesFree, total: r.placesTotal })}
          </Text>
          {r.placesUpdatedAt && (
            <Text size="xs" c="dimmed">
              {t('catalogue.updated', { date: f.date(r.placesUpdatedAt) })}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'permit',
      title: t('catalogue.columns.permit'),
      render: (r) => (
        <StatusBadge tone={PERMIT_TONE[r.permitStatus]}>
          {t(`catalogue.permit.${r.permitStatus}`)}
        </StatusBadge>
      ),
    },
    {
      key: 'price',
      title: t('catalogue.columns.price'),
      render: (r) => (
        <Text size="sm">
          {r.price
            ? t('catalogue.priceValue', {
                price: money(r.price.amountMinor, r.price.currency),
                unit: t(`catalogue.units.${r.price.unit}`),
              })
            : t('catalogue.noPrice')}
          {/* The offer's own tariff is what it asks, not what an agreement settled. */}
          {r.price?.source === 'tariff' && (
            <Text component="span" size="xs" c="dimmed" display="block">
              {t('catalogue.tariffNote')}
            </Text>
          )}
        </Text>
      ),
    },
  ];
  return (
    <DataTable
      caption={t(list.data?.totalCapped ? 'catalogue.captionMore' : 'catalogue.caption', {
        count: list.data?.total ?? 0,
      })}
      columns={columns}
      list={list}
      state={state}
      rowKey={(r) => r.id}
      empty={t('catalogue.empty')}
      emptyHint={t('catalogue.emptyHelp')}
      minWidth={900}
    />
  );
}
