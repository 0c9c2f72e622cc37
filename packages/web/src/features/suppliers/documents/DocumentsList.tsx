import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { EmptyState } from '../../../components/EmptyState';
import { documentsPath, useDocuments } from './api';
import { DocumentsTable } from './DocumentsTable';

/** A supplier's documents: its own (supplierId null) or another's as an officer sees them. */
export function DocumentsList({
  orgId,
  supplierId,
  caption,
}: {
  orgId: string;
  supplierId: string | null;
  caption: string;
}) {
  const { t } = useTranslation();
  const documents = useDocuments(orgId, supplierId);
  if (documents.isPending) return <Loading />;
  if (documents.isError)
    return <ErrorAlert error={documents.error} onRetry={() => void documents.refetch()} />;
  if (documents.data.items.length === 0) return <EmptyState title={t('documents.none')} />;
  return (
    <DocumentsTable
      caption={caption}
      documents={documents.data.items}
      path={documentsPath(orgId, supplierId)}
    />
  );
}
