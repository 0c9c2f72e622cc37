import { useState } from 'react';
import { Anchor, Tabs, Text, Title } from '@mantine/core';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { Page } from '../../../components/Page';
import { Loading } from '../../../components/Loading';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { usePageState } from '../../../lib/paging';
import { AdmittedSuppliers } from './AdmittedSuppliers';
import { ApplicationQueue } from './ApplicationQueue';
import { DpsDeclarationRequests } from './DeclarationRequestsTable';
import { DpsOverview } from './DpsOverview';
import { ADMITTED_PAGE_DEFAULTS, ADMITTED_SORTS, useAdmitted, useDps } from './api';
import { OcdsLink } from '../../../components/OcdsLink';

/** Set when the queue opened the application, so closing it goes back to the queue. */
interface OpenedFromQueue {
  fromQueue?: boolean;
}

/**
 * One DPS: overview, the application queue (owner only), admitted suppliers per category. At
 * /dps/:dpsId/applications/:applicationId it shows the queue with that application open, so an
 * application has an address of its own (the home page's work list links to it).
 */
export function DpsPage() {
  const { t } = useTranslation();
  const { dpsId = '', applicationId } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const dps = useDps(orgId, dpsId);
  const admittedPage = usePageState(ADMITTED_SORTS, ADMITTED_PAGE_DEFAULTS, {
    prefix: 'admitted',
  });
  const admitted = useAdmitted(orgId, dpsId, admittedPage);
  const [tab, setTab] = useState<string | null>(applicationId ? 'queue' : 'overview');

  const openApplication = (id: string) => {
    void navigate(`/dps/${dpsId}/applications/${id}`, { state: { fromQueue: true } });
  };
  const closeApplication = () => {
    setTab('queue');
    // Back where the queue opened it; from a link (the home page, a shared address) to the queue.
    if ((location.state as OpenedFromQueue | null)?.fromQueue) void navigate(-1);
    else void navigate(`/dps/${dpsId}`, { replace: true });
  };

  if (dps.isPending) return <Loading />;
  if (dps.isError)
    return (
      <Page title={t('dps.list.title')}>
        <ErrorAlert error={dps.error} />
      </Page>
    );
  const d = dps.data;
  return (
    <Page
      title={d.title}
      description={
        <Text span>
          {d.reference} · {d.owner.name} ·{' '}
          <Anchor component={Link} to="/dps">
            {t('dps.page.back')}
          </Anchor>
          {d.status !== 'draft' && (
            <>
              {' · '}
              <OcdsLink orgId={orgId} subject="dps" id={d.id} />
            </>
          )}
        </Text>
      }
    >
      <Tabs
        value={applicationId && d.isOwner ? 'queue' : tab}
        onChange={setTab}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('dps.page.tabs')}>
          <Tabs.Tab value="overview">{t('dps.page.overview')}</Tabs.Tab>
          {d.isOwner && <Tabs.Tab value="queue">{t('dps.page.queue')}</Tabs.Tab>}
          <Tabs.Tab value="suppliers">{t('dps.page.suppliers')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <DpsOverview orgId={orgId} dps={d} />
        </Tabs.Panel>
        {d.isOwner && (
          <Tabs.Panel value="queue" pt="md">
            <ApplicationQueue
              orgId={orgId}
              dpsId={d.id}
              openId={applicationId ?? null}
              onOpen={openApplication}
              onClose={closeApplication}
            />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="suppliers" pt="md">
          <AdmittedSuppliers list={admitted} page={admittedPage} />
          {d.isOwner && (
            <section aria-labelledby="declaration-requests">
              <Title order={2} size="h4" id="declaration-requests" mt="lg" mb="xs">
                {t('dps.declaration.heading')}
              </Title>
              <DpsDeclarationRequests orgId={orgId} dpsId={d.id} />
            </section>
          )}
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
