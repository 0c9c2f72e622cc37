import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Currency } from '@tildel/domain/money';
import type { ServiceKind } from '@tildel/domain/taxonomy';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useFormatters } from '../../../lib/format';
import { useMoney } from '../../../lib/money';
import { usePriceCorridor } from './api';

const COLUMNS = ['lowest', 'lowerQuartile', 'median', 'upperQuartile', 'highest'] as const;

/** The distribution of prices in force for the referral's service, shown while negotiating. */
export function PriceCorridor(props: {
  orgId: string;
  serviceKind: ServiceKind;
  currency: Currency;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const money = useMoney();
  const corridor = usePriceCorridor(props.orgId, {
    serviceKind: props.serviceKind,
    currency: props.currency,
  });
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('proposals.corridor.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('proposals.corridor.help')}
      </Text>
      {corridor.isPending ? (
        <Loading />
      ) : corridor.isError ? (
        <ErrorAlert error={corridor.error} onRetry={() => void corridor.refetch()} />
      ) : corridor.data.items.length === 0 ? (
        <Text size="sm">{t('proposals.corridor.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Caption>{t('proposals.corridor.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('proposals.corridor.unit')}</Table.Th>
                <Table.Th scope="col">{t('proposals.corridor.count')}</Table.Th>
                {COLUMNS.map((c) => (
                  <Table.Th key={c} scope="col">
                    {t(`proposals.corridor.${c}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {corridor.data.items.map((row) => (
                <Table.Tr key={`${row.unit}-${row.currency}`}>
                  <Table.Th scope="row">{t(`proposals.corridor.units.${row.unit}`)}</Table.Th>
                  <Table.Td>{f.number(row.count)}</Table.Td>
                  {COLUMNS.map((c) => (
                    <Table.Td key={c}>{money(row[c], row.currency)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
