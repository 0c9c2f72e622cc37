// A supplier's permits as the procurement body and municipalities see them, shown as a tab of the
// supplier page (features/suppliers). organisationId is the viewer's active organisation.
import { useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { pageLocally, usePageState } from '../../../lib/paging';
import { PERMISSIONS } from '../../../lib/types';
import { Loading } from '../../../components/Loading';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { EmptyState } from '../../../components/EmptyState';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { PERMIT_SORTS, useSupplierPermits, type Permit, type PermitSort } from './api';
import { PermitDialog } from './PermitDialog';
import { PermitsTable } from './PermitsTable';

/** One supplier's permits are few: the panel holds them all and sorts them here. */
const byText = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '');
const COMPARE: Record<PermitSort, (a: Permit, b: Permit) => number> = {
  establishment: (a, b) => byText(a.establishmentName, b.establishmentName),
  supplier: (a, b) => byText(a.supplierName, b.supplierName),
  validTo: (a, b) => byText(a.validTo, b.validTo),
  lastChecked: (a, b) => byText(a.lastCheckedOn, b.lastCheckedOn),
};

export function SupplierPermitsPanel(props: { organisationId: string; supplierId: string }) {
  const { organisationId, supplierId } = props;
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const canManage = hasPermission(PERMISSIONS.permitsManage);
  const permits = useSupplierPermits(organisationId, supplierId);
  const page = usePageState(
    PERMIT_SORTS,
    { sort: 'establishment', order: 'asc' },
    {
      prefix: 'permits',
    },
  );
  const [dialog, setDialog] = useState<{ permit: Permit | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (permits.isPending) return <Loading />;
  if (permits.isError)
    return <ErrorAlert error={permits.error} onRetry={() => void permits.refetch()} />;
  const { items, establishments, supplier } = permits.data;
  const shown = pageLocally(items, page, COMPARE);

  return (
    <Stack gap="md">
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
      {canManage && (
        <Group>
          <Button
            onClick={() => setDialog({ permit: null })}
            disabled={establishments.length === 0}
          >
            {t('permits.add')}
          </Button>
        </Group>
      )}
      {items.length === 0 ? (
        <EmptyState title={t('permits.none')}>
          {establishments.length === 0 ? t('permits.noEstablishments') : undefined}
        </EmptyState>
      ) : (
        <PermitsTable
          caption={t('permits.supplierCaption', { name: supplier.name })}
          list={{
            data: { items: shown.rows, total: shown.total },
            isPending: false,
            error: null,
          }}
          state={page}
          onEdit={canManage ? (permit) => setDialog({ permit }) : undefined}
        />
      )}
      {dialog && (
        <PermitDialog
          orgId={organisationId}
          supplierId={supplierId}
          country={supplier.country}
          establishments={establishments}
          permit={dialog.permit}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            setNotice(t('permits.saved', { reference: saved.reference }));
          }}
        />
      )}
    </Stack>
  );
}
