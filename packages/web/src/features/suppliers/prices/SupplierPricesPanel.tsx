// A supplier's prices as the procurement body and municipalities see them, shown as a tab of the
// supplier page (features/suppliers). organisationId is the viewer's active organisation.
import { CURRENCY_OF_COUNTRY } from '@tildel/domain/money';
import { useAuth } from '../../../lib/auth';
import { PERMISSIONS } from '../../../lib/types';
import { PricesView } from './PricesView';

export function SupplierPricesPanel(props: { organisationId: string; supplierId: string }) {
  const { activeMembership, hasPermission } = useAuth();
  return (
    <PricesView
      orgId={props.organisationId}
      supplierId={props.supplierId}
      canAdd={hasPermission(PERMISSIONS.pricesNegotiate)}
      defaultCurrency={CURRENCY_OF_COUNTRY[activeMembership?.organisation.country ?? 'SE']}
    />
  );
}
