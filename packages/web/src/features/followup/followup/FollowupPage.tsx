import { useState } from 'react';
import { Anchor, Button, List, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ExportLinks } from '../../../components/ExportLinks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useAuth } from '../../../lib/auth';
import { usePageState } from '../../../lib/paging';
import { PERMISSIONS } from '../../../lib/types';
import {
  CANDIDATE_PAGE_DEFAULTS,
  CANDIDATE_SORTS,
  useAddToPlan,
  useCandidates,
  usePlan,
  type Candidate,
} from './api';
import { CandidatesTable } from './CandidatesTable';
import { PlanTable } from './PlanTable';
import { ProgressPanel } from './ProgressPanel';
import { TargetDialog } from './TargetDialog';

/** The follow-up hub: this year's progress, the plan, and what to visit next by risk. */
export function FollowupPage() {
  const { t } = useTranslation();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const canManage = hasPermission(PERMISSIONS.followupManage);
  const year = new Date().getFullYear();
  const plan = usePlan(orgId, year);
  // The hub shows the plan too: the risk order keeps its page under its own name.
  const candidatePage = usePageState(CANDIDATE_SORTS, CANDIDATE_PAGE_DEFAULTS, {
    prefix: 'risk',
  });
  const candidates = useCandidates(orgId, year, candidatePage);
  const add = useAddToPlan(orgId, year);
  const [settingTarget, setSettingTarget] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [adding, setAdding] = useState<string | null>(null);

  const onAdd = (c: Candidate) => {
    setAdding(`${c.establishment.id}|${c.agreement.id}`);
    add.mutate(
      { agreementId: c.agreement.id, establishmentId: c.establishment.id, plannedOn: null },
      {
        onSuccess: () => setNotice(t('followup.candidates.added', { name: c.establishment.name })),
        onSettled: () => setAdding(null),
      },
    );
  };

  return (
    <Page
      title={t('followup.title')}
      description={t('followup.description')}
      actions={
        canManage &&
        plan.data && (
          <Button onClick={() => setSettingTarget(true)}>
            {plan.data.plan ? t('followup.target.change') : t('followup.target.set')}
          </Button>
        )
      }
    >
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
      <nav aria-label={t('followup.links.label')}>
        <List>
          <List.Item>
            <Anchor component={Link} to="/followup/staff-lists">
              {t('followup.links.staffLists')}
            </Anchor>
          </List.Item>
          <List.Item>
            <Anchor component={Link} to="/followup/corrections">
              {t('followup.links.corrections')}
            </Anchor>
          </List.Item>
        </List>
      </nav>
      {plan.isPending ? (
        <Loading />
      ) : plan.isError ? (
        <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
      ) : !plan.data.plan || !plan.data.progress ? (
        <EmptyState title={t('followup.plan.none', { year })}>
          {t('followup.plan.noneHelp')}
        </EmptyState>
      ) : (
        <>
          <ProgressPanel progress={plan.data.progress} />
          <Stack gap="xs">
            <Title order={2} size="h3">
              {t('followup.plan.title', { year })}
            </Title>
            {plan.data.visits.length === 0 ? (
              <EmptyState title={t('followup.plan.empty')} />
            ) : (
              <PlanTable
                year={year}
                visits={plan.data.visits}
                overdue={plan.data.progress.overdue}
                canManage={canManage}
              />
            )}
          </Stack>
        </>
      )}
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('followup.candidates.title')}
        </Title>
        {add.isError && <ErrorAlert error={add.error} />}
        <CandidatesTable
          list={candidates}
          state={candidatePage}
          canAdd={canManage && Boolean(plan.data?.plan)}
          adding={adding}
          onAdd={onAdd}
          toolbar={
            <ExportLinks
              path={`/api/organisations/${orgId}/followup/candidates/export`}
              params={{ ...candidatePage.params, year }}
            />
          }
        />
      </Stack>
      {settingTarget && (
        <TargetDialog
          orgId={orgId}
          year={year}
          plan={plan.data?.plan ?? null}
          onClose={() => setSettingTarget(false)}
          onSaved={() => {
            setSettingTarget(false);
            setNotice(t('followup.target.saved'));
          }}
        />
      )}
    </Page>
  );
}
