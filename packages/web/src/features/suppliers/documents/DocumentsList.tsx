import { ExportLinks } from '../../../components/ExportLinks';
import { usePageState } from '../../../lib/paging';
import { DOCUMENT_SORTS, documentsPath, useDocuments } from './api';
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
  // The current documents come first whatever the sort; by default each kind's newest first.
  const page = usePageState(
    DOCUMENT_SORTS,
    { sort: 'kind', order: 'asc' },
    { prefix: 'documents' },
  );
  const documents = useDocuments(orgId, supplierId, page);
  const path = documentsPath(orgId, supplierId);
  return (
    <DocumentsTable
      caption={caption}
      list={documents}
      state={page}
      path={path}
      toolbar={<ExportLinks path={`${path}/export`} params={page.params} />}
    />
  );
}
