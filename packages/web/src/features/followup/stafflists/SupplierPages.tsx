import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportLinks } from '../../../components/ExportLinks';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { usePageState } from '../../../lib/paging';
import { STAFF_LIST_PAGE_DEFAULTS, STAFF_LIST_SORTS, useStaffList, useStaffLists } from './api';
import { RequestsTable } from './RequestsTable';
import { RequestFacts, StaffListReport } from './StaffListReport';
import { SubmitPanel } from './SubmitPanel';

const detailPath = (id: string) => `/company/staff-lists/${id}`;

/** The staff lists the company has been asked for. */
export function SupplierStaffListsPage() {
  const { t } = useTranslation();
  const { activeMembership } = useAuth();
  const page = usePageState(STAFF_LIST_SORTS, STAFF_LIST_PAGE_DEFAULTS);
  const orgId = activeMembership!.organisation.id;
  const lists = useStaffLists(orgId, 'supplier', page);
  return (
    <Page title={t('stafflists.supplierTitle')} description={t('stafflists.supplierDescription')}>
      <RequestsTable
        list={lists}
        state={page}
        caption={t('stafflists.supplierCaption')}
        empty={t('stafflists.supplierEmpty')}
        linkTo={detailPath}
        showSupplier={false}
        toolbar={
          <ExportLinks
            path={`/api/organisations/${orgId}/supplier-staff-lists/export`}
            params={page.params}
          />
        }
      />
    </Page>
  );
}

/** One request to the company: what is asked, the answer (file or form) and the report on it. */
export function SupplierStaffListPage() {
  const { t } = useTranslation();
  const { requestId = '' } = useParams();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const detail = useStaffList(orgId, 'supplier', requestId);
  return (
    <Page
      title={
        detail.data
          ? t('stafflists.detailTitle', { name: detail.data.request.establishment.name })
          : t('stafflists.supplierTitle')
      }
      actions={
        <Anchor component={Link} to="/company/staff-lists">
          {t('stafflists.back')}
        </Anchor>
      }
    >
      {detail.isPending ? (
        <Loading />
      ) : detail.isError ? (
        <ErrorAlert error={detail.error} />
      ) : (
        <Stack gap="lg">
          <RequestFacts detail={detail.data} />
          <section aria-labelledby="staff-list-submit">
            <Title order={2} size="h3" id="staff-list-submit" mb="xs">
              {detail.data.latest ? t('stafflists.submit.again') : t('stafflists.submit.title')}
            </Title>
            <SubmitPanel
              orgId={orgId}
              requestId={requestId}
              period={{ from: detail.data.request.periodFrom, to: detail.data.request.periodTo }}
            />
          </section>
          <StaffListReport detail={detail.data} />
        </Stack>
      )}
    </Page>
  );
}
