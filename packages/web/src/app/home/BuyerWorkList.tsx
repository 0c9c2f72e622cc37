// The buyer's call-offs at each step where the buyer acts (questions, deadlines passed,
// evaluations, awards waiting for the order, declined offers) and orders ending soon. Only the
// lists with something in them are shown: a buyer with nothing waiting reads one line.
import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormatters } from '../../lib/format';
import type { Worklist } from './api';
import { WorkTable } from './WorkTable';

type Buyer = NonNullable<Worklist['buyer']>;

function CalloffLink({ id, title }: { id: string; title: string }) {
  return (
    <Anchor component={Link} to={`/calloffs/${id}`}>
      {title}
    </Anchor>
  );
}

export function BuyerWorkList({ list }: { list: Buyer }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const tables = [
    list.questions.length > 0 && (
      <WorkTable
        key="questions"
        caption={t('home.lists.questions')}
        empty=""
        columns={[
          t('home.lists.calloff'),
          t('home.lists.questionCount'),
          t('home.lists.firstAsked'),
        ]}
        rows={list.questions.map((q) => ({
          key: q.calloffId,
          cells: [
            <CalloffLink key="c" id={q.calloffId} title={q.title} />,
            f.number(q.count),
            f.dateTime(q.at),
          ],
        }))}
      />
    ),
    list.deadlinesPassed.length > 0 && (
      <WorkTable
        key="deadlines"
        caption={t('home.lists.deadlinesPassed')}
        empty=""
        columns={[t('home.lists.calloff'), t('home.lists.deadline')]}
        rows={list.deadlinesPassed.map((c) => ({
          key: c.calloffId,
          cells: [<CalloffLink key="c" id={c.calloffId} title={c.title} />, f.dateTime(c.at)],
        }))}
      />
    ),
    list.evaluations.length > 0 && (
      <WorkTable
        key="evaluations"
        caption={t('home.lists.evaluations')}
        empty=""
        columns={[t('home.lists.calloff'), t('home.lists.opened')]}
        rows={list.evaluations.map((c) => ({
          key: c.calloffId,
          cells: [<CalloffLink key="c" id={c.calloffId} title={c.title} />, f.dateTime(c.at)],
        }))}
      />
    ),
    list.awards.length > 0 && (
      <WorkTable
        key="awards"
        caption={t('home.lists.awards')}
        empty=""
        columns={[t('home.lists.calloff'), t('home.lists.supplier'), t('home.lists.standstill')]}
        rows={list.awards.map((a) => ({
          key: a.calloffId,
          cells: [
            <CalloffLink key="c" id={a.calloffId} title={a.title} />,
            a.supplierName,
            a.ended ? (
              <StatusBadge key="s" tone="positive">
                {t('home.lists.orderAllowed')}
              </StatusBadge>
            ) : (
              t('home.lists.standstillUntil', { date: f.dateTime(a.until) })
            ),
          ],
        }))}
      />
    ),
    list.offersDeclined.length > 0 && (
      <WorkTable
        key="declined"
        caption={t('home.lists.offersDeclined')}
        empty=""
        columns={[t('home.lists.calloff'), t('home.lists.supplier'), t('home.lists.declined')]}
        rows={list.offersDeclined.map((d) => ({
          key: `${d.calloffId}:${d.supplierName}`,
          cells: [
            <CalloffLink key="c" id={d.calloffId} title={d.title} />,
            d.supplierName,
            f.dateTime(d.at),
          ],
        }))}
      />
    ),
    list.ordersEnding.length > 0 && (
      <WorkTable
        key="orders"
        caption={t('home.lists.ordersEnding')}
        empty=""
        columns={[t('home.lists.order'), t('home.lists.supplier'), t('home.lists.endDate')]}
        rows={list.ordersEnding.map((o) => ({
          key: o.id,
          cells: [
            <Anchor component={Link} to={`/orders/${o.id}`} key="o">
              {o.reference}
            </Anchor>,
            o.supplierName,
            f.date(o.endDate),
          ],
        }))}
      />
    ),
  ].filter(Boolean);
  return tables.length > 0 ? (
    <Stack gap="lg">{tables}</Stack>
  ) : (
    <Text size="sm" c="dimmed">
      {t('home.lists.nothingForBuyer')}
    </Text>
  );
}
