import { Badge, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../components/StatusBadge';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { useMoney } from '../../../lib/money';
import { SupplierSignals } from '../../../components/SupplierSignals';
import type { CatalogueResult } from './api';

const PERMIT_TONE: Record<CatalogueResult['permitStatus'], Tone> = {
  valid: 'positive',
  problem: 'negative',
  none: 'neutral',
};

interface Props {
  results: CatalogueResult[];
  total: number;
  targetGroupName: (code: string) => string;
}

export function CatalogueResultsTable({ results, total, targetGroupName }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const money = useMoney();
  const orgId = useAuth().activeMembership!.organisation.id;
  const supplierIds = results.map((r) => r.supplier.id);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm">
        <Table.Caption>
          <VisuallyHidden>{t('catalogue.caption', { count: total })}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('catalogue.columns.establishment')}</Table.Th>
            <Table.Th scope="col">{t('catalogue.columns.supplier')}</Table.Th>
            <Table.Th scope="col">{t('catalogue.columns.targetGroups')}</Table.Th>
            <Table.Th scope="col">{t('catalogue.columns.freePlaces')}</Table.Th>
            <Table.Th scope="col">{t('catalogue.columns.permit')}</Table.Th>
            <Table.Th scope="col">{t('catalogue.columns.price')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
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
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <Text size="sm">{r.supplier.name}</Text>
                  <Group gap={4}>
                    {r.hidden && (
                      <StatusBadge tone="negative">{t('catalogue.badges.hidden')}</StatusBadge>
                    )}
                    {r.terminated && (
                      <StatusBadge tone="negative">{t('catalogue.badges.terminated')}</StatusBadge>
                    )}
                  </Group>
                  <SupplierSignals orgId={orgId} supplierId={r.supplier.id} batch={supplierIds} />
                </Stack>
              </Table.Td>
              <Table.Td>
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
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t('catalogue.placesValue', { free: r.placesFree, total: r.placesTotal })}
                </Text>
                {r.placesUpdatedAt && (
                  <Text size="xs" c="dimmed">
                    {t('catalogue.updated', { date: f.date(r.placesUpdatedAt) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <StatusBadge tone={PERMIT_TONE[r.permitStatus]}>
                  {t(`catalogue.permit.${r.permitStatus}`)}
                </StatusBadge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {r.price
                    ? t('catalogue.priceValue', {
                        price: money(r.price.amountMinor, r.price.currency),
                        unit: t(`catalogue.units.${r.price.unit}`),
                      })
                    : t('catalogue.noPrice')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
