import { useTranslation } from 'react-i18next';
import { ExportLinks } from '../../../components/ExportLinks';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { usePageState } from '../../../lib/paging';
import { CORRECTION_SORTS, useCorrections } from './api';
import { CorrectionsTable } from './CorrectionsTable';

/** The requests for correction sent to the company. */
export function SupplierCorrectionsPage() {
  const { t } = useTranslation();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const page = usePageState(CORRECTION_SORTS, { sort: 'deadline', order: 'asc' });
  const list = useCorrections(orgId, 'supplier', page);
  return (
    <Page
      title={t('corrections.supplier.title')}
      description={t('corrections.supplier.description')}
    >
      <CorrectionsTable
        list={list}
        state={page}
        basePath="/company/corrections"
        counterpart="body"
        empty={t('corrections.supplier.empty')}
        toolbar={
          <ExportLinks
            path={`/api/organisations/${orgId}/supplier-corrections/export`}
            params={page.params}
          />
        }
      />
    </Page>
  );
}
