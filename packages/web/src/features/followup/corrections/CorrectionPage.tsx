import { useState } from 'react';
import { Anchor, Button } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { PERMISSIONS } from '../../../lib/types';
import { useCorrection } from './api';
import { CorrectionDetails } from './CorrectionDetails';
import { DecisionDialog } from './DecisionDialog';

/** One request as the officer follows it: answers, evidence, accept or reject. */
export function CorrectionPage() {
  const { t } = useTranslation();
  const { requestId = '' } = useParams();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const request = useCorrection(orgId, 'officer', requestId);
  const [deciding, setDeciding] = useState(false);
  const canDecide = request.data?.state === 'answered' && hasPermission(PERMISSIONS.followupManage);
  return (
    <Page
      title={
        request.data
          ? t('corrections.detail.title', { supplier: request.data.supplier.name })
          : t('corrections.detail.fallbackTitle')
      }
      description={
        <Anchor component={Link} to="/followup/corrections">
          {t('corrections.detail.back')}
        </Anchor>
      }
      actions={
        canDecide && (
          <Button onClick={() => setDeciding(true)}>{t('corrections.decision.open')}</Button>
        )
      }
    >
      {request.isPending ? (
        <Loading />
      ) : request.isError ? (
        <ErrorAlert error={request.error} onRetry={() => void request.refetch()} />
      ) : (
        <CorrectionDetails orgId={orgId} side="officer" request={request.data} />
      )}
      {deciding && request.data && (
        <DecisionDialog orgId={orgId} request={request.data} onClose={() => setDeciding(false)} />
      )}
    </Page>
  );
}
