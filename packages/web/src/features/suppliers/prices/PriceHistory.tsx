import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { useMoney } from '../../../lib/money';
import { StatusBadge } from '../../../components/StatusBadge';
import { EmptyState } from '../../../components/EmptyState';
import type { Price } from './api';

/** The price history per category, newest first, with the price in force today marked. */
export function PriceHistory({ prices }: { prices: Price[] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const money = useMoney();
  if (prices.length === 0) return <EmptyState title={t('prices.none')} />;
  const groups = new Map<string, Price[]>();
  for (const p of prices) {
    const key = `${p.categoryId}|${p.establishmentId ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return (
    <Stack gap="lg">
      {[...groups.entries()].map(([key, rows]) => {
        const first = rows[0]!;
        const heading = `${first.categoryName[f.locale]} (${first.organisationName})${first.establishmentName ? ` – ${first.establishmentName}` : ''}`;
        return (
          <section key={key} aria-label={heading}>
            <Title order={3} size="h4" mb="xs">
              {heading}
            </Title>
            <Table.ScrollContainer minWidth={720}>
              <Table>
                <Table.Caption>{t('prices.historyCaption', { category: heading })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('prices.amount')}</Table.Th>
                    <Table.Th scope="col">{t('prices.validity')}</Table.Th>
                    <Table.Th scope="col">{t('prices.statusLabel')}</Table.Th>
                    <Table.Th scope="col">{t('prices.negotiated')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((p) => (
                    <Table.Tr
                      key={p.id}
                      fw={p.inForce ? 700 : undefined}
                      bg={p.inForce ? 'var(--mantine-color-teal-0)' : undefined}
                    >
                      <Table.Td>
                        {money(p.amountMinor, p.currency)} / {t(`prices.unit.${p.unit}`)}
                        {p.agreementReference && (
                          <Text size="xs" c="dimmed">
                            {t('prices.underAgreement', { reference: p.agreementReference })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {f.date(p.validFrom)} – {p.validTo ? f.date(p.validTo) : ''}
                      </Table.Td>
                      <Table.Td>
                        {p.inForce ? (
                          <StatusBadge tone="positive">{t('prices.inForce')}</StatusBadge>
                        ) : p.status === 'proposed' ? (
                          <StatusBadge tone="waiting">{t('prices.status.proposed')}</StatusBadge>
                        ) : (
                          <StatusBadge tone="neutral">{t('prices.status.agreed')}</StatusBadge>
                        )}
                        {p.note && (
                          <Text size="xs" c="dimmed" fw={400}>
                            {p.note}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td fw={400}>
                        {p.negotiatedOn ? f.date(p.negotiatedOn) : '–'}
                        {p.negotiatedBy && (
                          <Text size="xs" c="dimmed">
                            {p.negotiatedBy.name}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </section>
        );
      })}
    </Stack>
  );
}
