import { useState } from 'react';
import {
  Anchor,
  Button,
  Group,
  List,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { minimumText } from './minimum';
import { ApiError, enc } from '../../../lib/api';
import { useFormatters } from '../../../lib/format';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { DecisionClock } from './DecisionClock';
import { useApplication, useDecide, useRequestDeclaration, type DecisionAction } from './api';
import type { ApplicationDetail } from './types';

/** What the officer may do with an application in its status. */
function actionsFor(application: ApplicationDetail): DecisionAction[] {
  if (application.status === 'pending')
    return application.extended ? ['approve', 'reject'] : ['approve', 'reject', 'extend'];
  if (application.status === 'approved') return ['exclude'];
  return [];
}

export function AnswerList({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Table>
      <Table.Caption>
        <VisuallyHidden>{t('dps.application.answersCaption')}</VisuallyHidden>
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('dps.application.requirement')}</Table.Th>
          <Table.Th scope="col">{t('dps.application.answer')}</Table.Th>
          <Table.Th scope="col">{t('dps.application.meets')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {application.answers.map((a) => (
          <Table.Tr key={a.requirement.id}>
            <Table.Td>
              <Text size="sm">{a.requirement.text}</Text>
              {a.requirement.minimum !== null && (
                <Text size="xs" c="dimmed">
                  {minimumText(t, f, a.requirement)}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {a.declared !== null
                ? t(a.declared ? 'dps.answer.yes' : 'dps.answer.no')
                : a.value !== null
                  ? f.number(a.value)
                  : a.document
                    ? `${a.document.title}${a.document.validUntil ? ` (${t('dps.answer.validUntil', { date: f.date(a.document.validUntil) })})` : ''}`
                    : '–'}
            </Table.Td>
            <Table.Td>{t(a.meets ? 'dps.answer.meets' : 'dps.answer.doesNotMeet')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Where the officer downloads one of the supplier's documents (the body's supplier route). */
function documentUrl(orgId: string, supplierId: string, documentId: string) {
  return `/api/organisations/${enc(orgId)}/suppliers/${enc(supplierId)}/documents/${enc(documentId)}/file`;
}

/** The documents the supplier attached as answers, each a link that downloads it. */
function AttachedDocuments({
  orgId,
  application,
}: {
  orgId: string;
  application: ApplicationDetail;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const documents = application.answers.flatMap((a) =>
    a.document ? [{ requirement: a.requirement, document: a.document }] : [],
  );
  return (
    <section aria-labelledby="application-documents">
      <Title order={3} size="h5" id="application-documents" mb="xs">
        {t('dps.application.documents')}
      </Title>
      {documents.length === 0 ? (
        <Text size="sm">{t('dps.application.noDocuments')}</Text>
      ) : (
        <List size="sm" spacing={4}>
          {documents.map(({ requirement, document }) => (
            <List.Item key={requirement.id}>
              <Anchor
                href={documentUrl(orgId, application.supplier.id, document.id)}
                download
                size="sm"
              >
                {document.title || t('dps.application.document')}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                {document.validUntil
                  ? `(${requirement.text}; ${t('dps.answer.validUntil', { date: f.date(document.validUntil) })})`
                  : `(${requirement.text})`}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}

/**
 * Asks before a decision, naming the supplier and the categories; rejecting, extending and
 * excluding also take the reason the supplier is shown.
 */
function DecisionDialog({
  action,
  application,
  reason,
  onReasonChange,
  pending,
  error,
  onConfirm,
  onCancel,
}: {
  action: DecisionAction;
  application: ApplicationDetail;
  reason: string;
  onReasonChange: (reason: string) => void;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const apiError = error instanceof ApiError ? error : null;
  const names = application.categories.map((c) => c.name);
  const categories = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(names);
  const withReason = action !== 'approve';
  return (
    <ConfirmDialog
      title={t(`dps.action.${action}Submit`)}
      question={t(`dps.confirm.${action}`, {
        supplier: application.supplier.name,
        categories,
        count: names.length,
      })}
      confirmLabel={t(`dps.action.${action}Submit`)}
      confirmColor={action === 'reject' || action === 'exclude' ? 'red.9' : null}
      pending={pending}
      error={error}
      shownFields={withReason ? ['reason'] : []}
      returnFocus={false}
      onConfirm={onConfirm}
      onClose={onCancel}
    >
      {withReason && (
        <Textarea
          label={t(`dps.action.${action}Reason`)}
          value={reason}
          onChange={(e) => onReasonChange(e.currentTarget.value)}
          error={apiError?.fieldError('reason')}
          required
          autosize
          minRows={2}
          data-autofocus
        />
      )}
    </ConfirmDialog>
  );
}

interface Props {
  orgId: string;
  dpsId: string;
  applicationId: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

/**
 * An application with its answers and attached documents, and the officer's decisions on it:
 * nothing is chosen beforehand, and each decision is confirmed in a dialog of its own.
 */
export function ApplicationModal({ orgId, dpsId, applicationId, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const application = useApplication(orgId, dpsId, applicationId);
  const decide = useDecide(orgId, dpsId, applicationId);
  const declaration = useRequestDeclaration(orgId, dpsId);
  const [confirming, setConfirming] = useState<DecisionAction | null>(null);
  const [reason, setReason] = useState('');

  const a = application.data;
  const actions = a ? actionsFor(a) : [];

  const ask = (action: DecisionAction) => {
    if (action !== confirming) setReason('');
    decide.reset();
    setConfirming(action);
  };

  return (
    <>
      <Modal
        opened={confirming === null}
        onClose={onClose}
        returnFocus={confirming === null}
        size="xl"
        title={
          a
            ? t('dps.application.title', { supplier: a.supplier.name })
            : t('dps.application.loading')
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {application.isPending ? (
          <Loading />
        ) : application.isError ? (
          <ErrorAlert error={application.error} />
        ) : (
          <Stack gap="md">
            <Group gap="sm">
              <ApplicationStatusBadge status={application.data.status} />
              <Text size="sm">
                {t('dps.application.received', { at: f.dateTime(application.data.receivedAt) })}
              </Text>
            </Group>
            <div>
              <Text size="sm" fw={600}>
                {t('dps.queue.decisionDue')}
              </Text>
              <DecisionClock application={application.data} />
              {application.data.extensionReason && (
                <Text size="sm">
                  {t('dps.application.extensionReason', {
                    reason: application.data.extensionReason,
                  })}
                </Text>
              )}
            </div>
            <div>
              <Text size="sm" fw={600}>
                {t('dps.fields.categories')}
              </Text>
              <List size="sm">
                {application.data.categories.map((c) => (
                  <List.Item key={c.id}>{c.name}</List.Item>
                ))}
              </List>
            </div>
            {application.data.decisionReason && (
              <Text size="sm">
                {t('dps.application.reason', { reason: application.data.decisionReason })}
              </Text>
            )}
            <Title order={3} size="h5">
              {t('dps.application.answers')}
            </Title>
            <AnswerList application={application.data} />
            <AttachedDocuments orgId={orgId} application={application.data} />

            {declaration.isError && <ErrorAlert error={declaration.error} />}
            {(actions.length > 0 || application.data.status === 'approved') && (
              <Stack gap="sm">
                <Title order={3} size="h5">
                  {t('dps.application.decide')}
                </Title>
                <Group gap="sm">
                  {application.data.status === 'approved' && (
                    <Button
                      variant="default"
                      loading={declaration.isPending}
                      onClick={() =>
                        declaration.mutate(application.data.supplier.id, {
                          onSuccess: (r) =>
                            onDone(t('dps.declaration.requested', { date: f.dateTime(r.dueAt) })),
                        })
                      }
                    >
                      {t('dps.action.requestDeclaration')}
                    </Button>
                  )}
                  {actions.map((action) => (
                    <Button
                      key={action}
                      variant={action === 'approve' ? 'filled' : 'outline'}
                      color={action === 'reject' || action === 'exclude' ? 'red.9' : undefined}
                      onClick={() => ask(action)}
                    >
                      {t(`dps.action.${action}`)}
                    </Button>
                  ))}
                </Group>
              </Stack>
            )}
          </Stack>
        )}
      </Modal>
      {confirming && a && (
        <DecisionDialog
          action={confirming}
          application={a}
          reason={reason}
          onReasonChange={setReason}
          pending={decide.isPending}
          error={decide.error}
          onCancel={() => setConfirming(null)}
          onConfirm={() =>
            decide.mutate(
              { action: confirming, reason, version: a.version },
              { onSuccess: () => onDone(t(`dps.action.${confirming}Done`)) },
            )
          }
        />
      )}
    </>
  );
}
