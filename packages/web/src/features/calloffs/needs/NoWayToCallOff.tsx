// When a need has no way to be called off (no agreement fits, or none can be used now): why, and
// where to look instead, rather than a button that cannot be pressed.
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { useAuth } from '../../../lib/auth';
import { PERMISSIONS } from '../../../lib/types';

export function NoWayToCallOff({ anyOption }: { anyOption: boolean }) {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  return (
    <EmptyState title={t(anyOption ? 'needs.calloff.noneUsable' : 'needs.calloff.none')}>
      {t(anyOption ? 'needs.calloff.noneUsableHint' : 'needs.calloff.noneHint')}{' '}
      {hasPermission(PERMISSIONS.catalogueRead) && (
        <Anchor component={Link} to="/catalogue">
          {t('needs.calloff.toCatalogue')}
        </Anchor>
      )}
    </EmptyState>
  );
}
