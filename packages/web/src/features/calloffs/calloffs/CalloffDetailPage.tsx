// One call-off: the procedure and why, the need it serves, its requirements and evaluation model
// (editable while a draft), the problems to fix before invitations, and cancelling.
import { useState } from 'react';
import { Alert, Anchor, Button, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { ApiError } from '../../../lib/api';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { PERMISSIONS } from '../../../lib/types';
import { useQuantity, useWhy } from '../needs/CallOffOptionsSection';
import { CalloffStatusBadge } from './CalloffStatusBadge';
import { EvaluationEditor } from './EvaluationEditor';
import { InvitationsPanel } from '../invitations/InvitationsPanel';
import { CascadePanel } from '../cascade/CascadePanel';
import { SealedBidsPanel } from '../bids/SealedBidsPanel';
import { EvaluationPanel } from '../awards/EvaluationPanel';
import { CalloffTimeline } from '../awards/CalloffTimeline';
import { useCalloff, useCancelCalloff, type CalloffDetail } from './api';
import { OcdsLink } from '../../../components/OcdsLink';

export function CalloffDetailPage() {
  const { calloffId = '' } = useParams();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const calloff = useCalloff(orgId, calloffId);
  if (calloff.isPending) return <Loading />;
  if (calloff.isError)
    return <ErrorAlert error={calloff.error} onRetry={() => void calloff.refetch()} />;
  return <Calloff orgId={orgId} calloff={calloff.data} />;
}

function Calloff({ orgId, calloff }: { orgId: string; calloff: CalloffDetail }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const why = useWhy();
  const quantity = useQuantity();
  const { hasPermission } = useAuth();
  const editable = calloff.status === 'draft' && hasPermission(PERMISSIONS.calloffsManage);
  const [cancelling, setCancelling] = useState(false);
  const [saved, setSaved] = useState(false);
  // Unsaved requirement or model edits hold back the invitation: it must go out with what is seen.
  const [unsavedEvaluation, setUnsavedEvaluation] = useState(false);

  return (
    <Page
      title={calloff.title}
      description={
        <Group gap="sm" component="span">
          <CalloffStatusBadge status={calloff.status} />
          <span>
            {t('calloffs.fields.created')}: {f.dateTime(calloff.createdAt)},{' '}
            {calloff.createdBy.name}
          </span>
        </Group>
      }
      actions={
        editable && (
          <Button variant="outline" color="red.9" onClick={() => setCancelling(true)}>
            {t('calloffs.cancel.open')}
          </Button>
        )
      }
    >
      <Group gap="lg">
        <Anchor component={Link} to="/calloffs">
          {t('calloffs.back')}
        </Anchor>
        {calloff.status !== 'draft' && (
          <OcdsLink orgId={orgId} subject="calloffs" id={calloff.id} />
        )}
      </Group>
      {calloff.cancelledReason && (
        <Alert color="gray" variant="light" title={t('calloffs.cancel.done')}>
          {calloff.cancelledReason}
        </Alert>
      )}
      <Stack gap="xs" component="section" aria-labelledby="procedure-title">
        <Title order={2} size="h3" id="procedure-title">
          {t('calloffs.detail.procedure')}
        </Title>
        <Text fw={600}>{t(`needs.calloff.procedures.${calloff.procedure}`)}</Text>
        <Text size="sm">{why(calloff)}</Text>
        <Text size="sm">
          {calloff.source.title} ({calloff.source.reference})
          {calloff.lot
            ? ` – ${t('needs.calloff.lot', { number: calloff.lot.number, name: calloff.lot.name })}`
            : ''}
        </Text>
        <Text size="sm">
          {t('needs.calloff.expectedVolume', {
            volume: quantity(calloff.expectedVolume.quantity, calloff.expectedVolume.unit),
          })}
        </Text>
        <Anchor component={Link} to={`/needs/${calloff.need.id}`} size="sm">
          {t('calloffs.detail.need', { title: calloff.need.title })}
        </Anchor>
      </Stack>
      {calloff.setupProblems.length > 0 && (
        <Alert color="orange" variant="light" title={t('calloffs.problems.title')}>
          <List size="sm">
            {calloff.setupProblems.map((p, i) => (
              <List.Item key={`${p.code}-${i}`}>
                {p.requirementPosition === undefined
                  ? t(`calloffs.problems.${p.code}`)
                  : t('calloffs.problems.onRequirement', {
                      number: p.requirementPosition + 1,
                      problem: t(`calloffs.problems.${p.code}`),
                    })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <EvaluationEditor
        key={calloff.version}
        orgId={orgId}
        calloff={calloff}
        editable={editable}
        onSaved={() => setSaved(true)}
        onDirtyChange={setUnsavedEvaluation}
      />
      {saved && <SuccessNotice message={t('calloffs.saved')} onClose={() => setSaved(false)} />}
      {/* Each stage of the call-off shows itself when the status and procedure call for it. */}
      <InvitationsPanel orgId={orgId} calloff={calloff} unsavedEvaluation={unsavedEvaluation} />
      <CascadePanel orgId={orgId} calloff={calloff} />
      <SealedBidsPanel orgId={orgId} calloff={calloff} />
      <EvaluationPanel orgId={orgId} calloff={calloff} />
      <CalloffTimeline orgId={orgId} calloffId={calloff.id} />
      {cancelling && (
        <CancelDialog orgId={orgId} calloff={calloff} onClose={() => setCancelling(false)} />
      )}
    </Page>
  );
}

function CancelDialog({
  orgId,
  calloff,
  onClose,
}: {
  orgId: string;
  calloff: CalloffDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const cancel = useCancelCalloff(orgId, calloff.id);
  const [reason, setReason] = useState('');
  const error = cancel.error instanceof ApiError ? cancel.error : null;
  return (
    <ConfirmDialog
      title={t('calloffs.cancel.title')}
      question={t('calloffs.cancel.question')}
      confirmLabel={t('calloffs.cancel.confirm')}
      pending={cancel.isPending}
      error={cancel.error}
      shownFields={['reason']}
      onConfirm={() => cancel.mutate({ version: calloff.version, reason }, { onSuccess: onClose })}
      onClose={onClose}
    >
      <Textarea
        label={t('calloffs.cancel.reason')}
        required
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={error?.fieldError('reason')}
        data-autofocus
      />
    </ConfirmDialog>
  );
}
