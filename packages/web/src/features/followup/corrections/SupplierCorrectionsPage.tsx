import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { useCorrections } from './api';
import { CorrectionsTable } from './CorrectionsTable';

/** The requests for correction sent to the company. */
export function SupplierCorrectionsPage() {
  const { t } = useTranslation();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const list = useCorrections(orgId, 'supplier');
  return (
    <Page
      title={t('corrections.supplier.title')}
      description={t('corrections.supplier.description')}
    >
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('corrections.supplier.empty')} />
      ) : (
        <CorrectionsTable
          items={list.data.items}
          basePath="/company/corrections"
          counterpart="body"
        />
      )}
    </Page>
  );
}
