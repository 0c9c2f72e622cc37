// A supplier's documents as the procurement body and municipalities see them, shown as a tab of the
// supplier page (features/suppliers). organisationId is the viewer's active organisation.
import { useTranslation } from 'react-i18next';
import { DocumentsList } from './DocumentsList';

export function SupplierDocumentsPanel(props: { organisationId: string; supplierId: string }) {
  const { t } = useTranslation();
  return (
    <DocumentsList
      orgId={props.organisationId}
      supplierId={props.supplierId}
      caption={t('documents.supplierCaption')}
    />
  );
}
