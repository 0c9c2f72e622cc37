// Publishing a draft: who will be invited and who is left out, the minimum tender period and the
// earliest deadline, then the request text, deadline and cost centre, confirmed in a dialog.
import { useState } from 'react';
import { Alert, Button, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useUnsavedChanges } from '../../../components/UnsavedChanges';
import { Loading } from '../../../components/Loading';
import { ApiError } from '../../../lib/api';
import { useAuth } from '../../../lib/auth';
import { makeFormatters, TIME_ZONE, useFormatters } from '../../../lib/format';
import { PERMISSIONS } from '../../../lib/types';
import type { CalloffDetail } from '../calloffs/api';
import { usePublication, usePublish, type Publication } from './api';
import { instantOfWallClock, wallClockOf } from './deadline';
import { DeadlineFields, type DeadlineValue } from './DeadlineFields';
import { SupplierLists } from './SupplierLists';
import { TieRule } from './TieRule';

interface Props {
  orgId: string;
  calloff: CalloffDetail;
  /** The draft's requirements or model have edits not yet saved: nothing is sent meanwhile. */
  unsavedEvaluation: boolean;
}

export function PublishSection({ orgId, calloff, unsavedEvaluation }: Props) {
  const { t } = useTranslation();
  const publication = usePublication(orgId, calloff.id);
  return (
    <Stack gap="md" component="section" aria-labelledby="publish-title">
      <Title order={2} size="h3" id="publish-title">
        {t('invitations.publish.title')}
      </Title>
      {/* Just after publishing, the publication may be read again before the call-off is: it
          then has no preview, and the page shows the open call-off a moment later. */}
      {publication.isError ? (
        <ErrorAlert error={publication.error} onRetry={() => void publication.refetch()} />
      ) : publication.isPending || !publication.data.preview || !publication.data.minimum ? (
        <Loading />
      ) : (
        <Preview
          orgId={orgId}
          calloff={calloff}
          publication={publication.data}
          unsavedEvaluation={unsavedEvaluation}
        />
      )}
    </Stack>
  );
}

function Preview({
  orgId,
  calloff,
  publication,
  unsavedEvaluation,
}: Props & { publication: Publication }) {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const f = useFormatters();
  const zone = makeFormatters(f.locale, TIME_ZONE[publication.country]);
  const preview = publication.preview!;
  const minimum = publication.minimum!;
  return (
    <>
      <SupplierLists preview={preview} />
      <Text size="sm">
        {minimum.basis === 'set_by_buyer'
          ? t('invitations.minimum.set_by_buyer')
          : t(`invitations.minimum.${minimum.basis}`, { count: minimum.days })}
      </Text>
      {minimum.days > 0 && publication.earliestDeadline && (
        <Text size="sm">
          {t('invitations.minimum.earliest', {
            at: `${zone.dateTime(publication.earliestDeadline)} (${zone.timeZoneName})`,
          })}
        </Text>
      )}
      <TieRule rule={publication.tieRule} />
      {unsavedEvaluation && (
        <Alert color="orange" variant="light" title={t('invitations.publish.blocked')}>
          {t('invitations.publish.unsavedEvaluation')}
        </Alert>
      )}
      {preview.setupProblems.length > 0 && (
        <Alert color="orange" variant="light" title={t('invitations.publish.blocked')}>
          {t('invitations.publish.fixSetup')}
        </Alert>
      )}
      {hasPermission(PERMISSIONS.calloffsManage) && preview.canPublish && (
        <PublishForm
          orgId={orgId}
          calloff={calloff}
          publication={publication}
          unsavedEvaluation={unsavedEvaluation}
          zoneName={zone.timeZoneName}
        />
      )}
    </>
  );
}

function PublishForm({
  orgId,
  calloff,
  publication,
  unsavedEvaluation,
  zoneName,
}: Props & { publication: Publication; zoneName: string }) {
  const { t } = useTranslation();
  const publish = usePublish(orgId, calloff.id);
  const [requestText, setRequestText] = useState(calloff.requestText);
  const [costCentre, setCostCentre] = useState(calloff.costCentre ?? '');
  const [deadline, setDeadline] = useState<DeadlineValue>(() =>
    publication.minimum!.days > 0 && publication.earliestDeadline
      ? wallClockOf(publication.earliestDeadline, publication.country)
      : { date: '', time: '12:00' },
  );
  const [confirming, setConfirming] = useState(false);
  const edited = requestText !== calloff.requestText || costCentre !== (calloff.costCentre ?? '');
  useUnsavedChanges(edited && !publish.isSuccess);
  const instant = instantOfWallClock(deadline.date, deadline.time, publication.country);
  const error = publish.error instanceof ApiError ? publish.error : null;
  const invited = publication.preview!.invited.length;

  const send = () =>
    publish.mutate(
      { version: calloff.version, requestText, costCentre, tenderDeadline: instant ?? '' },
      { onSettled: () => setConfirming(false) },
    );

  return (
    <Stack
      gap="sm"
      component="form"
      aria-labelledby="publish-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        setConfirming(true);
      }}
    >
      <Title order={3} size="h4" id="publish-form-title">
        {t('invitations.publish.formTitle')}
      </Title>
      <Textarea
        label={t('invitations.form.requestText')}
        description={t('invitations.form.requestTextHelp')}
        autosize
        minRows={4}
        maxLength={8000}
        value={requestText}
        onChange={(e) => setRequestText(e.currentTarget.value)}
        error={error?.fieldError('requestText')}
      />
      <DeadlineFields
        value={deadline}
        onChange={setDeadline}
        zoneName={zoneName}
        error={error?.fieldError('tenderDeadline')}
      />
      <TextInput
        label={t('invitations.form.costCentre')}
        maxLength={100}
        value={costCentre}
        onChange={(e) => setCostCentre(e.currentTarget.value)}
        error={error?.fieldError('costCentre')}
      />
      <ErrorAlert
        error={publish.error}
        shownFields={['requestText', 'tenderDeadline', 'costCentre']}
      />
      <div>
        <Button type="submit" disabled={instant === null || unsavedEvaluation}>
          {t('invitations.publish.submit')}
        </Button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('invitations.publish.confirmTitle')}
          question={t('invitations.publish.confirmQuestion', { count: invited })}
          confirmLabel={t('invitations.publish.confirm')}
          pending={publish.isPending}
          error={null}
          onConfirm={send}
          onClose={() => setConfirming(false)}
        />
      )}
    </Stack>
  );
}
