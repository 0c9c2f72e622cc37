import type { ReactNode } from 'react';
import { Anchor, Button, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn, type ListSource } from '../../../components/DataTable';
import { useMoney } from '../../../lib/money';
import type { PageState } from '../../../lib/paging';
import type { Candidate, CandidateSort } from './api';
import { reasonText } from './words';

/** The establishments in order of risk with the reasons in words, and "Add to plan". */
export function CandidatesTable(props: {
  list: ListSource<Candidate>;
  state: PageState<CandidateSort>;
  canAdd: boolean;
  adding: string | null;
  onAdd: (c: Candidate) => void;
  /** Above the table, e.g. the list's downloads. */
  toolbar?: ReactNode;
}) {
  const { list, state, canAdd, adding, onAdd, toolbar } = props;
  const { t } = useTranslation();
  const money = useMoney();
  const columns: DataColumn<Candidate, CandidateSort>[] = [
    {
      key: 'rank',
      title: t('followup.candidates.columns.rank'),
      sort: 'risk',
      render: (c) => c.rank,
    },
    {
      key: 'establishment',
      title: t('followup.candidates.columns.establishment'),
      sort: 'establishment',
      rowHeader: true,
      render: (c) => (
        <>
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
        </>
      ),
    },
    {
      key: 'reasons',
      title: t('followup.candidates.columns.reasons'),
      render: (c) =>
        c.reasons.length === 0 ? (
          t('followup.candidates.noReasons')
        ) : (
          <List size="sm">
            {c.reasons.map((r) => (
              <List.Item key={r.code}>{reasonText(t, r)}</List.Item>
            ))}
          </List>
        ),
    },
    { key: 'score', title: t('followup.candidates.columns.score'), render: (c) => c.score },
    {
      key: 'plan',
      title: t('followup.candidates.columns.plan'),
      render: (c) =>
        c.plannedVisitId ? (
          <Text size="sm">{t('followup.candidates.planned')}</Text>
        ) : (
          <>
            {c.doneThisYear && <Text size="sm">{t('followup.candidates.visitedThisYear')}</Text>}
            {canAdd && (
              <Button
                size="xs"
                variant="light"
                loading={adding === `${c.establishment.id}|${c.agreement.id}`}
                onClick={() => onAdd(c)}
                aria-label={t('followup.candidates.addFor', { name: c.establishment.name })}
              >
                {t('followup.candidates.add')}
              </Button>
            )}
          </>
        ),
    },
  ];
  return (
    <DataTable
      caption={t('followup.candidates.caption')}
      columns={columns}
      list={list}
      state={state}
      rowKey={(c) => `${c.establishment.id}|${c.agreement.id}`}
      empty={t('followup.candidates.empty')}
      toolbar={toolbar}
      minWidth={900}
    />
  );
}
