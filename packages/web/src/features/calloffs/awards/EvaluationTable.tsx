// The evaluation report as a table: each bid's price, deductions or points, comparison value,
// rank and — for a bid set aside — why. The buyer sets bids aside (and takes that back) here.
import { Button, Group, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { useMoney } from '../../../lib/money';
import { SupplierSignals } from '../../../components/SupplierSignals';
import type { EvaluatedBid, Evaluation } from './api';

interface Props {
  evaluation: Evaluation;
  canSetAside: boolean;
  onSetAside: (bid: EvaluatedBid) => void;
  onTakeBack: (bid: EvaluatedBid) => void;
}

export function EvaluationTable({ evaluation, canSetAside, onSetAside, onTakeBack }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const formatMoney = useMoney();
  const orgId = useAuth().activeMembership!.organisation.id;
  const batch = evaluation.bids.map((b) => b.supplierId);
  const money = (minor: number) => formatMoney(minor, evaluation.currency);
  const value = (bid: EvaluatedBid) => {
    const v = bid.comparisonValue;
    if (!v) return '–';
    if (v.kind === 'price' || v.kind === 'comparison_price') return money(v.amountMinor ?? 0);
    if (v.kind === 'no_quality_points') return t('awards.value.noQualityPoints');
    if (v.kind === 'price_per_quality_point')
      return t('awards.value.perPoint', { amount: money(v.amountMinor ?? 0) });
    return t('awards.value.score', { value: v.decimal, count: Number(v.decimal) });
  };
  const reasons = (bid: EvaluatedBid) =>
    bid.setAsideReasons.map((r) =>
      r.kind === 'set_aside_by_buyer'
        ? t('awards.setAside.byBuyer', { reason: r.reason })
        : t(`awards.setAside.must.${r.failure ?? 'not_met'}`, {
            title: r.title,
            minimum: r.minimum,
            answered: r.answered,
          }),
    );
  const setAsideByBuyer = (bid: EvaluatedBid) =>
    bid.setAsideReasons.some((r) => r.kind === 'set_aside_by_buyer');

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder>
        <Table.Caption>{t('awards.table.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('awards.table.rank')}</Table.Th>
            <Table.Th scope="col">{t('awards.table.supplier')}</Table.Th>
            <Table.Th scope="col">{t('awards.table.price')}</Table.Th>
            <Table.Th scope="col">{t('awards.table.deductions')}</Table.Th>
            <Table.Th scope="col">{t('awards.table.value')}</Table.Th>
            <Table.Th scope="col">{t('awards.table.status')}</Table.Th>
            {canSetAside && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {evaluation.bids.map((bid) => (
            <Table.Tr key={bid.bidId}>
              <Table.Td>{bid.rank ?? '–'}</Table.Td>
              <Table.Th scope="row">
                <Text fw={600} size="sm">
                  {bid.supplierName}
                </Text>
                <Text size="xs">
                  {bid.consultant?.name ?? bid.establishment?.name ?? ''}
                  {' · '}
                  {t('awards.table.start', { date: f.date(bid.earliestStart) })}
                  {' · '}
                  {t('awards.table.validUntil', { date: f.date(bid.validUntil) })}
                </Text>
                <SupplierSignals orgId={orgId} supplierId={bid.supplierId} batch={batch} />
              </Table.Th>
              <Table.Td>
                {t('awards.table.unitPrice', { price: money(bid.unitPriceMinor) })}
                {evaluation.unitsOnBasis > 1 && (
                  <Text size="xs">
                    {t('awards.table.onBasis', { price: money(bid.priceMinor) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {bid.deductions.length + bid.points.length === 0 ? (
                  '–'
                ) : (
                  <List size="xs">
                    {bid.deductions.map((d) => (
                      <List.Item key={d.requirementId}>
                        {t('awards.table.deduction', {
                          title: d.title,
                          amount: money(d.amountMinor),
                        })}
                      </List.Item>
                    ))}
                    {bid.points.map((p) => (
                      <List.Item key={p.requirementId}>
                        {t('awards.table.points', { title: p.title, count: p.points })}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
              <Table.Td>{value(bid)}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {bid.outcome === 'ranked' ? t('awards.table.ranked') : t('awards.table.setAside')}
                  {bid.tieDecidedBy && ` (${t(`awards.tie.${bid.tieDecidedBy}`)})`}
                </Text>
                {reasons(bid).length > 0 && (
                  <List size="xs">
                    {reasons(bid).map((r, i) => (
                      <List.Item key={i}>{r}</List.Item>
                    ))}
                  </List>
                )}
                <Text size="xs">
                  {bid.receiptVerified
                    ? t('awards.table.receiptVerified')
                    : t('awards.table.receiptNotVerified')}
                </Text>
              </Table.Td>
              {canSetAside && (
                <Table.Td>
                  <Group gap="xs">
                    {setAsideByBuyer(bid) ? (
                      <Button size="xs" variant="default" onClick={() => onTakeBack(bid)}>
                        {t('awards.setAside.takeBack', { supplier: bid.supplierName })}
                      </Button>
                    ) : (
                      <Button size="xs" variant="default" onClick={() => onSetAside(bid)}>
                        {t('awards.setAside.action', { supplier: bid.supplierName })}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
