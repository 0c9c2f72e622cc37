import { useState } from 'react';
import { Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useAuth } from '../../../lib/auth';
import { useCorrection } from './api';
import { AnswerForm } from './AnswerForm';
import { CorrectionDetails } from './CorrectionDetails';

/** One request as the supplier sees it: the letter, earlier answers, and the answer form. */
export function SupplierCorrectionPage() {
  const { t } = useTranslation();
  const { requestId = '' } = useParams();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const request = useCorrection(orgId, 'supplier', requestId);
  const [answered, setAnswered] = useState(false);
  const canAnswer = request.data?.state === 'open' || request.data?.state === 'rejected';
  return (
    <Page
      title={
        request.data
          ? t('corrections.supplier.detailTitle', { body: request.data.body.name })
          : t('corrections.detail.fallbackTitle')
      }
      description={
        <Anchor component={Link} to="/company/corrections">
          {t('corrections.supplier.back')}
        </Anchor>
      }
    >
      {answered && (
        <SuccessNotice message={t('corrections.answer.sent')} onClose={() => setAnswered(false)} />
      )}
      {request.isPending ? (
        <Loading />
      ) : request.isError ? (
        <ErrorAlert error={request.error} onRetry={() => void request.refetch()} />
      ) : (
        <Stack gap="xl">
          <CorrectionDetails orgId={orgId} side="supplier" request={request.data} />
          {canAnswer && (
            <AnswerForm orgId={orgId} request={request.data} onAnswered={() => setAnswered(true)} />
          )}
        </Stack>
      )}
    </Page>
  );
}
