import { CURRENCY_OF_COUNTRY } from '@tildel/domain/money';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { PERMISSIONS } from '../../../lib/types';
import { Page } from '../../../components/Page';
import { PricesView } from './PricesView';

/** A supplier's own price list: its history, and proposals for negotiation. */
export function PricesPage() {
  const { t } = useTranslation();
  const { activeMembership, hasPermission } = useAuth();
  const org = activeMembership!.organisation;
  return (
    <Page title={t('prices.title')} description={t('prices.description')}>
      <PricesView
        orgId={org.id}
        supplierId={null}
        canAdd={hasPermission(PERMISSIONS.supplierProfileManage)}
        defaultCurrency={CURRENCY_OF_COUNTRY[org.country]}
      />
    </Page>
  );
}
