import { useState } from 'react';
import { Alert, Anchor, Button, Group, Stack } from '@mantine/core';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { PERMISSIONS } from '../../../lib/types';
import { Page } from '../../../components/Page';
import { Loading } from '../../../components/Loading';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { CallOffOptionsSection } from './CallOffOptionsSection';
import { NeedForm } from './NeedForm';
import { NeedStatusBadge } from './NeedStatusBadge';
import { NeedView } from './NeedView';
import { useCallOffOptions, useNeed, useNeedStep, useSaveNeed, type NeedDetail } from './api';

type Notice = 'saved' | 'submittedNotice' | 'withdrawnNotice';

/** One need: read it, change it while a draft, submit it, or withdraw it. */
export function NeedDetailPage() {
  const { needId = '' } = useParams();
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const need = useNeed(orgId, needId);
  if (need.isPending) return <Loading />;
  if (need.isError) return <ErrorAlert error={need.error} onRetry={() => void need.refetch()} />;
  return <NeedDetail orgId={orgId} need={need.data} />;
}

function NeedDetail({ orgId, need }: { orgId: string; need: NeedDetail }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const location = useLocation();
  const { hasPermission } = useAuth();
  const canManage = hasPermission(PERMISSIONS.needsManage);
  const save = useSaveNeed(orgId);
  const step = useNeedStep(orgId);
  const [editing, setEditing] = useState(false);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(
    (location.state as { saved?: boolean } | null)?.saved ? 'saved' : null,
  );
  const draft = need.status === 'draft';
  // A call-off is offered only where the need has a way to be called off now (the section below
  // says why not, and where to look instead).
  const options = useCallOffOptions(orgId, need.id);
  const canStart = options.data?.options.some((o) => o.procedure !== null) ?? false;
  const act = (which: 'submit' | 'withdraw') =>
    step.mutate(
      { id: need.id, step: which, version: need.version },
      {
        onSuccess: () => {
          setConfirmWithdraw(false);
          setNotice(which === 'submit' ? 'submittedNotice' : 'withdrawnNotice');
        },
      },
    );

  return (
    <Page
      title={need.title}
      description={
        <Group gap="sm" component="span">
          <span>{t(`needs.kind.${need.kind}`)}</span>
          <NeedStatusBadge status={need.status} />
          <span>
            {t('needs.fields.createdBy')}: {need.createdBy.name}
          </span>
          {need.submittedAt && (
            <span>
              {t('needs.fields.submitted')}: {f.dateTime(need.submittedAt)}
            </span>
          )}
        </Group>
      }
      actions={
        canManage &&
        !editing && (
          <>
            {draft && (
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('needs.detail.edit')}
              </Button>
            )}
            {draft && (
              <Button onClick={() => act('submit')} loading={step.isPending}>
                {t('needs.detail.submit')}
              </Button>
            )}
            {need.status === 'submitted' &&
              canStart &&
              hasPermission(PERMISSIONS.calloffsManage) && (
                <Button component={Link} to={`/calloffs/new?need=${need.id}`}>
                  {t('calloffs.start')}
                </Button>
              )}
            {(draft || need.status === 'submitted') && (
              <Button variant="outline" color="red.9" onClick={() => setConfirmWithdraw(true)}>
                {t('needs.detail.withdraw')}
              </Button>
            )}
          </>
        )
      }
    >
      <Anchor component={Link} to="/needs">
        {t('needs.detail.back')}
      </Anchor>
      {notice && (
        <SuccessNotice message={t(`needs.detail.${notice}`)} onClose={() => setNotice(null)} />
      )}
      {!confirmWithdraw && <ErrorAlert error={step.error} />}
      {editing ? (
        <Stack gap="sm">
          <NeedForm
            initial={{ title: need.title, need: need.need }}
            pending={save.isPending}
            error={save.error}
            onSubmit={(input) =>
              save.mutate(
                { id: need.id, version: need.version, input },
                {
                  onSuccess: () => {
                    setEditing(false);
                    setNotice('saved');
                  },
                },
              )
            }
            onCancel={() => setEditing(false)}
          />
        </Stack>
      ) : (
        <>
          {need.sensitive && (
            <Alert variant="light" color="gray">
              {t('needs.sensitiveNotice')}
            </Alert>
          )}
          {need.textPurgedAt && (
            <Alert variant="light" color="gray">
              {t('needs.textPurgedNotice', { date: f.date(need.textPurgedAt) })}
            </Alert>
          )}
          <NeedView
            need={need.need}
            caption={
              need.kind === 'staffing'
                ? t('needs.detail.staffingSection')
                : t('needs.fields.person')
            }
          />
          <CallOffOptionsSection orgId={orgId} needId={need.id} />
        </>
      )}
      {confirmWithdraw && (
        <ConfirmDialog
          title={t('needs.detail.withdrawTitle')}
          question={t('needs.detail.withdrawText')}
          confirmLabel={t('needs.detail.withdrawConfirm')}
          pending={step.isPending}
          error={step.error}
          onConfirm={() => act('withdraw')}
          onClose={() => setConfirmWithdraw(false)}
        />
      )}
    </Page>
  );
}
