import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/StatusBadge';
import type { CascadeView } from './api';

type Status = CascadeView['suppliers'][number]['status'];

/** A lot supplier's status on the day, in words. */
export function SupplierStatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={status === 'active' ? 'positive' : 'negative'}>
      {t(`cascade.supplierStatus.${status}`)}
    </StatusBadge>
  );
}
