import { Anchor, Button, List, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../../../lib/money';
import type { Candidate } from './api';
import { reasonText } from './words';

/** The establishments in order of risk with the reasons in words, and "Add to plan". */
export function CandidatesTable(props: {
  items: Candidate[];
  canAdd: boolean;
  adding: string | null;
  onAdd: (c: Candidate) => void;
}) {
  const { items, canAdd, adding, onAdd } = props;
  const { t } = useTranslation();
  const money = useMoney();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm">
        <Table.Caption>{t('followup.candidates.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('followup.candidates.columns.rank')}</Table.Th>
            <Table.Th scope="col">{t('followup.candidates.columns.establishment')}</Table.Th>
            <Table.Th scope="col">{t('followup.candidates.columns.reasons')}</Table.Th>
            <Table.Th scope="col">{t('followup.candidates.columns.score')}</Table.Th>
            <Table.Th scope="col">{t('followup.candidates.columns.plan')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={`${c.establishment.id}|${c.agreement.id}`}>
              <Table.Td>{c.rank}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/followup/establishments/${c.establishment.id}`}>
                  {c.establishment.name}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {c.supplier.name} · {c.agreement.reference}
                </Text>
                {c.bought && (
                  <Text size="sm" c="dimmed">
                    {t('followup.candidates.bought', {
                      amount: money(c.bought.amountMinor, c.bought.currency),
                    })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {c.reasons.length === 0 ? (
                  t('followup.candidates.noReasons')
                ) : (
                  <List size="sm">
                    {c.reasons.map((r) => (
                      <List.Item key={r.code}>{reasonText(t, r)}</List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
              <Table.Td>{c.score}</Table.Td>
              <Table.Td>
                {c.plannedVisitId ? (
                  <Text size="sm">{t('followup.candidates.planned')}</Text>
                ) : (
                  <>
                    {c.doneThisYear && (
                      <Text size="sm">{t('followup.candidates.visitedThisYear')}</Text>
                    )}
                    {canAdd && (
                      <Button
                        size="xs"
                        variant="light"
                        loading={adding === `${c.establishment.id}|${c.agreement.id}`}
                        onClick={() => onAdd(c)}
                        aria-label={t('followup.candidates.addFor', {
                          name: c.establishment.name,
                        })}
                      >
                        {t('followup.candidates.add')}
                      </Button>
                    )}
                  </>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
