import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/StatusBadge';
import type { OrderStatus } from './api';

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={status === 'active' ? 'positive' : 'neutral'}>
      {t(`orders.status.${status}`)}
    </StatusBadge>
  );
}
