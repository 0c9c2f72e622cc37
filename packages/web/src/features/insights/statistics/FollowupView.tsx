// Follow-up coverage: visits done against the plan per plan and year, and the requests for
// correction still open per agreement, which open the list of requests.
import { useTranslation } from 'react-i18next';
import type { ViewAnswer } from './api';
import { DrillLink } from './DrillLink';
import { StatChart } from './StatChart';
import { StatTable } from './StatTable';
import { useStatFormat } from './format';

export function FollowupView({
  data,
  linkFollowup,
}: {
  data: ViewAnswer<'followup'>;
  linkFollowup: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useStatFormat();
  const plan = (p: { year: number; body: string }) => t('statistics.followup.plan', p);
  return (
    <>
      <StatChart
        label={t('statistics.followup.chart')}
        data={data.plans.map((p) => ({
          plan: plan(p),
          target: p.target ?? 0,
          planned: p.planned,
          done: p.done,
        }))}
        dataKey="plan"
        series={[
          { name: 'target', label: t('statistics.followup.target'), color: 'gray.6' },
          { name: 'planned', label: t('statistics.followup.planned'), color: 'blue.6' },
          { name: 'done', label: t('statistics.followup.done'), color: 'green.7' },
        ]}
      />
      <StatTable
        prefix="plans"
        download="followup"
        caption={t('statistics.followup.plansCaption')}
        rows={data.plans}
        rowKey={(p) => p.id}
        empty={t('statistics.followup.noPlans')}
        columns={[
          {
            key: 'plan',
            title: t('statistics.followup.planColumn'),
            rowHeader: true,
            render: (p) => <DrillLink to={linkFollowup ? '/followup' : null}>{plan(p)}</DrillLink>,
          },
          {
            key: 'target',
            title: t('statistics.followup.target'),
            align: 'right',
            render: (p) => (p.target === null ? '–' : fmt.number(p.target)),
          },
          {
            key: 'planned',
            title: t('statistics.followup.planned'),
            align: 'right',
            render: (p) => fmt.number(p.planned),
          },
          {
            key: 'done',
            title: t('statistics.followup.done'),
            align: 'right',
            render: (p) => fmt.number(p.done),
          },
          {
            key: 'coverage',
            title: t('statistics.followup.coverage'),
            align: 'right',
            render: (p) => fmt.share(p.coverage),
          },
        ]}
      />
      <StatTable
        prefix="corrections"
        download="followup/corrections"
        caption={t('statistics.followup.correctionsCaption')}
        rows={data.corrections}
        rowKey={(c) => c.agreement.id}
        empty={t('statistics.followup.noCorrections')}
        columns={[
          {
            key: 'agreement',
            title: t('statistics.agreement'),
            rowHeader: true,
            render: (c) => (
              <DrillLink
                to={linkFollowup ? '/followup/corrections' : null}
              >{`${c.agreement.reference} ${c.agreement.title}`}</DrillLink>
            ),
          },
          {
            key: 'open',
            title: t('statistics.followup.open'),
            align: 'right',
            render: (c) => fmt.number(c.open),
          },
          {
            key: 'overdue',
            title: t('statistics.followup.overdue'),
            align: 'right',
            render: (c) => fmt.number(c.overdue),
          },
          {
            key: 'answered',
            title: t('statistics.followup.answered'),
            align: 'right',
            render: (c) => fmt.number(c.answered),
          },
        ]}
      />
    </>
  );
}
