// The statistics of insights, one view per tab (a route each, so a view can be linked to), with
// the filters in the URL: call-offs per procedure, ranking deviations, supplier rates, time from
// need to order, DPS decision times and follow-up coverage. A supplier sees only its own rates.
import type { ReactNode } from 'react';
import { Tabs } from '@mantine/core';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { PERMISSIONS } from '../../../lib/types';
import { useStatistics, type StatisticsFilter, type View, type ViewAnswer } from './api';
import { DeviationsView } from './DeviationsView';
import { DpsDecisionsView } from './DpsDecisionsView';
import { FilterBar } from './FilterBar';
import { useStatisticsFilter } from './filters';
import { FollowupView } from './FollowupView';
import { LeadTimesView } from './LeadTimesView';
import { ProceduresView } from './ProceduresView';
import { SuppliersView } from './SuppliersView';
import { viewsFor } from './views';

export function StatisticsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { view } = useParams();
  const { activeMembership } = useAuth();
  const organisation = activeMembership!.organisation;
  const { filter, search } = useStatisticsFilter();
  const views = viewsFor(organisation.kind);
  // /insights/statistics opens the first view (the menu's address stays); an unknown one goes there.
  const current = view === undefined ? views[0]! : views.find((v) => v === view);
  if (!current) return <Navigate to="/insights/statistics" replace />;
  return (
    <Page
      title={t(`statistics.views.${current}.title`)}
      description={t(`statistics.views.${current}.intro`)}
    >
      <Tabs
        value={current}
        onChange={(next) =>
          next && void navigate(`/insights/statistics/${next}${search ? `?${search}` : ''}`)
        }
      >
        <Tabs.List aria-label={t('statistics.title')}>
          {views.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {t(`statistics.views.${v}.tab`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <FilterBar withProcedure={current !== 'dps-decisions' && current !== 'followup'} />
      {/* A view of its own per tab: the last view's figures are never shown as this one's. */}
      <ViewBody
        key={current}
        orgId={organisation.id}
        view={current}
        filter={filter}
        kind={organisation.kind}
      />
    </Page>
  );
}

/** A view's answer once it has come, or its loading and its problem. */
function Fetched<V extends View>(props: {
  orgId: string;
  view: V;
  filter: StatisticsFilter;
  children: (data: ViewAnswer<V>) => ReactNode;
}) {
  const answer = useStatistics(props.orgId, props.view, props.filter);
  if (answer.isPending) return <Loading />;
  if (!answer.data)
    return <ErrorAlert error={answer.error} onRetry={() => void answer.refetch()} />;
  return props.children(answer.data);
}

function ViewBody({
  view,
  kind,
  ...query
}: {
  orgId: string;
  view: View;
  filter: StatisticsFilter;
  kind: string;
}) {
  const { hasPermission } = useAuth();
  switch (view) {
    case 'procedures':
      return (
        <Fetched {...query} view="procedures">
          {(data) => (
            <ProceduresView
              data={data}
              ownCalloffs={kind === 'municipality' && hasPermission(PERMISSIONS.calloffsRead)}
            />
          )}
        </Fetched>
      );
    case 'deviations':
      return (
        <Fetched {...query} view="deviations">
          {(data) => <DeviationsView data={data} />}
        </Fetched>
      );
    case 'suppliers':
      return (
        <Fetched {...query} view="suppliers">
          {(data) => (
            <SuppliersView data={data} linkSuppliers={hasPermission(PERMISSIONS.suppliersRead)} />
          )}
        </Fetched>
      );
    case 'lead-times':
      return (
        <Fetched {...query} view="lead-times">
          {(data) => (
            <LeadTimesView data={data} linkOrders={hasPermission(PERMISSIONS.ordersRead)} />
          )}
        </Fetched>
      );
    case 'dps-decisions':
      return (
        <Fetched {...query} view="dps-decisions">
          {(data) => <DpsDecisionsView data={data} linkDps={hasPermission(PERMISSIONS.dpsRead)} />}
        </Fetched>
      );
    case 'followup':
      return (
        <Fetched {...query} view="followup">
          {(data) => (
            <FollowupView data={data} linkFollowup={hasPermission(PERMISSIONS.followupRead)} />
          )}
        </Fetched>
      );
  }
}
