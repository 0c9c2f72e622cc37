// The follow-up rows of the home page: for the quality officer this year's plan (progress, overdue
// and next visits), requests for correction not yet closed and staff lists awaited; for the
// supplier the staff lists and corrections it has to answer. Each row opens the item itself.
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormatters } from '../../lib/format';
import type { Worklist } from './api';
import { WorkTable } from './WorkTable';

type Quality = NonNullable<Worklist['quality']>;
type Supplier = NonNullable<Worklist['supplier']>;
type Visit = NonNullable<Quality['plan']>['overdue'][number];
type Correction = Quality['correctionsDue'][number];
type StaffList = Quality['staffListsAwaited'][number];

function DueDate({ text, overdue }: { text: string; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <span>{text}</span>
      {overdue && <StatusBadge tone="negative">{t('home.lists.overdue')}</StatusBadge>}
    </Group>
  );
}

function VisitsTable({
  caption,
  empty,
  visits,
}: {
  caption: string;
  empty: string;
  visits: Visit[];
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <WorkTable
      caption={caption}
      empty={empty}
      columns={[t('home.lists.date'), t('home.lists.establishment'), t('home.lists.supplier')]}
      rows={visits.map((v) => ({
        key: v.id,
        cells: [
          f.date(v.plannedOn),
          <Anchor component={Link} to={`/followup/establishments/${v.establishmentId}`} key="e">
            {v.establishmentName}
          </Anchor>,
          v.supplierName,
        ],
      }))}
    />
  );
}

function PlanCard({ today, plan }: { today: string; plan: Quality['plan'] }) {
  const { t } = useTranslation();
  const year = Number(today.slice(0, 4));
  return (
    <Paper withBorder p="md" radius="md" maw={640}>
      <Stack gap={4}>
        <Text fw={600}>{t('home.lists.plan', { year: plan?.year ?? year })}</Text>
        {plan ? (
          <>
            <Group gap="xs">
              <Text fz="xl" fw={700}>
                {t('home.lists.planProgress', { done: plan.done, target: plan.target })}
              </Text>
              <StatusBadge tone={plan.pace === 'behind' ? 'negative' : 'positive'}>
                {t(`home.pace.${plan.pace}`)}
              </StatusBadge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('home.lists.planExpected', { count: plan.expectedByToday })}
            </Text>
          </>
        ) : (
          <Text size="sm">{t('home.lists.noPlan', { year })}</Text>
        )}
        <Anchor component={Link} to="/followup" size="sm">
          {plan ? t('home.lists.openPlan') : t('home.lists.makePlan')}
        </Anchor>
      </Stack>
    </Paper>
  );
}

function CorrectionsTable(props: {
  caption: string;
  empty: string;
  items: Correction[];
  partyColumn: string;
  linkTo: (id: string) => string;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <WorkTable
      caption={props.caption}
      empty={props.empty}
      columns={[props.partyColumn, t('home.lists.status'), t('home.lists.answerByDate')]}
      rows={props.items.map((c) => ({
        key: c.id,
        cells: [
          <Anchor component={Link} to={props.linkTo(c.id)} key="p">
            {c.establishmentName ? `${c.partyName} · ${c.establishmentName}` : c.partyName}
          </Anchor>,
          t(`home.correctionStatus.${c.status}`),
          <DueDate key="d" text={f.date(c.deadline)} overdue={c.overdue} />,
        ],
      }))}
    />
  );
}

function StaffListsTable(props: {
  caption: string;
  empty: string;
  items: StaffList[];
  party: (s: StaffList) => string;
  partyColumn: string;
  linkTo: (id: string) => string;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <WorkTable
      caption={props.caption}
      empty={props.empty}
      columns={[props.partyColumn, t('home.lists.period'), t('home.lists.answerBy')]}
      rows={props.items.map((s) => ({
        key: s.id,
        cells: [
          <Anchor component={Link} to={props.linkTo(s.id)} key="p">
            {`${props.party(s)} · ${s.establishmentName}`}
          </Anchor>,
          t('home.lists.periodRange', { from: f.date(s.periodFrom), to: f.date(s.periodTo) }),
          <DueDate key="d" text={f.dateTime(s.deadline)} overdue={s.overdue} />,
        ],
      }))}
    />
  );
}

export function QualityFollowup({ today, list }: { today: string; list: Quality }) {
  const { t } = useTranslation();
  return (
    <>
      <PlanCard today={today} plan={list.plan} />
      {list.plan && (
        <VisitsTable
          caption={t('home.lists.overdueVisits')}
          empty={t('home.lists.noOverdueVisits')}
          visits={list.plan.overdue}
        />
      )}
      {list.plan && (
        <VisitsTable
          caption={t('home.lists.nextVisits')}
          empty={t('home.lists.noNextVisits')}
          visits={list.plan.next}
        />
      )}
      <CorrectionsTable
        caption={t('home.lists.correctionsDue')}
        empty={t('home.lists.noCorrectionsDue')}
        items={list.correctionsDue}
        partyColumn={t('home.lists.supplier')}
        linkTo={(id) => `/followup/corrections/${id}`}
      />
      <StaffListsTable
        caption={t('home.lists.staffListsAwaited')}
        empty={t('home.lists.noStaffListsAwaited')}
        items={list.staffListsAwaited}
        party={(s) => s.supplierName}
        partyColumn={t('home.lists.supplier')}
        linkTo={(id) => `/followup/staff-lists/${id}`}
      />
    </>
  );
}

export function SupplierRequests({ list }: { list: Supplier }) {
  const { t } = useTranslation();
  return (
    <>
      <StaffListsTable
        caption={t('home.lists.staffListRequests')}
        empty={t('home.lists.noStaffListRequests')}
        items={list.staffListRequests}
        party={(s) => s.bodyName}
        partyColumn={t('home.lists.body')}
        linkTo={(id) => `/company/staff-lists/${id}`}
      />
      <CorrectionsTable
        caption={t('home.lists.correctionRequests')}
        empty={t('home.lists.noCorrectionRequests')}
        items={list.correctionRequests}
        partyColumn={t('home.lists.body')}
        linkTo={(id) => `/company/corrections/${id}`}
      />
    </>
  );
}
