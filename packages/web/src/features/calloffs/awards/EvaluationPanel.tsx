// The buyer's evaluation after the opening: the report, set-asides, the award and — after it —
// the decision and the order. Before the opening it shows nothing (the bids are sealed).
import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useAuth } from '../../../lib/auth';
import { PERMISSIONS } from '../../../lib/types';
import type { CalloffDetail } from '../calloffs/api';
import { useEvaluation, useRemoveSetAside, type EvaluatedBid } from './api';
import { AwardDialog } from './AwardDialog';
import { DecisionSummary } from './DecisionSummary';
import { EvaluationTable } from './EvaluationTable';
import { SetAsideDialog } from './SetAsideDialog';

const OPENED = ['evaluation', 'awarded', 'ordered'];

interface Props {
  orgId: string;
  calloff: CalloffDetail;
}

export function EvaluationPanel({ orgId, calloff }: Props) {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const shown = OPENED.includes(calloff.status) && calloff.openedAt !== null;
  const evaluation = useEvaluation(orgId, calloff.id, shown);
  const takeBack = useRemoveSetAside(orgId, calloff.id);
  const [settingAside, setSettingAside] = useState<EvaluatedBid | null>(null);
  const [awarding, setAwarding] = useState(false);
  if (!shown) return null;
  const canManage = hasPermission(PERMISSIONS.calloffsManage);
  const evaluating = calloff.status === 'evaluation';

  return (
    <section aria-labelledby="evaluation-title">
      <Stack gap="md">
        <Title order={2} id="evaluation-title">
          {t('awards.title')}
        </Title>
        {evaluation.isPending && <Loading />}
        {evaluation.isError && (
          <ErrorAlert error={evaluation.error} onRetry={() => void evaluation.refetch()} />
        )}
        {evaluation.data && (
          <>
            <Text size="sm">
              {t(`awards.model.${evaluation.data.unitsOnBasis > 1 ? 'total' : 'unit'}`, {
                units: evaluation.data.unitsOnBasis,
              })}{' '}
              {t('awards.tieRule')}
            </Text>
            {evaluation.data.warnings.map((w) => (
              <Alert key={w} color="orange" variant="light" title={t('awards.warningTitle')}>
                {t(`awards.warning.${w}`)}
              </Alert>
            ))}
            {takeBack.isError && <ErrorAlert error={takeBack.error} />}
            <EvaluationTable
              evaluation={evaluation.data}
              canSetAside={canManage && evaluating}
              onSetAside={setSettingAside}
              onTakeBack={(bid) => takeBack.mutate(bid.bidId)}
            />
            {evaluation.data.bids.length === 0 && <Text>{t('awards.noBids')}</Text>}
            {canManage && evaluating && evaluation.data.bids.some((b) => b.rank !== null) && (
              <Group>
                <Button onClick={() => setAwarding(true)}>{t('awards.award.open')}</Button>
              </Group>
            )}
            {evaluation.data.decision && (
              <DecisionSummary
                orgId={orgId}
                calloff={calloff}
                decision={evaluation.data.decision}
                canOrder={canManage && calloff.status === 'awarded'}
              />
            )}
            {settingAside && (
              <SetAsideDialog
                orgId={orgId}
                calloffId={calloff.id}
                bid={settingAside}
                onClose={() => setSettingAside(null)}
              />
            )}
            {awarding && (
              <AwardDialog
                orgId={orgId}
                calloffId={calloff.id}
                version={calloff.version}
                evaluation={evaluation.data}
                onClose={() => setAwarding(false)}
              />
            )}
          </>
        )}
      </Stack>
    </section>
  );
}
