import { useState } from 'react';
import {
  Button,
  Group,
  List,
  Modal,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { minimumText } from './minimum';
import { ApiError } from '../../../lib/api';
import { useFormatters } from '../../../lib/format';
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

interface Props {
  orgId: string;
  dpsId: string;
  applicationId: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** An application with its answers, and the officer's decisions on it. */
export function ApplicationModal({ orgId, dpsId, applicationId, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const application = useApplication(orgId, dpsId, applicationId);
  const decide = useDecide(orgId, dpsId, applicationId);
  const declaration = useRequestDeclaration(orgId, dpsId);
  const [action, setAction] = useState<DecisionAction | null>(null);
  const [reason, setReason] = useState('');
  const apiError = decide.error instanceof ApiError ? decide.error : null;

  const a = application.data;
  const actions = a ? actionsFor(a) : [];
  const chosen = action ?? actions[0] ?? null;

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={
        a ? t('dps.application.title', { supplier: a.supplier.name }) : t('dps.application.loading')
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
                {t('dps.application.extensionReason', { reason: application.data.extensionReason })}
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

          {decide.isError && <ErrorAlert error={decide.error} shownFields={['reason']} />}
          {declaration.isError && <ErrorAlert error={declaration.error} />}
          {chosen && (
            <Stack gap="sm">
              <Title order={3} size="h5">
                {t('dps.application.decide')}
              </Title>
              {actions.length > 1 && (
                <SegmentedControl
                  aria-label={t('dps.application.decide')}
                  value={chosen}
                  onChange={(v) => setAction(v as DecisionAction)}
                  data={actions.map((value) => ({ value, label: t(`dps.action.${value}`) }))}
                />
              )}
              {chosen !== 'approve' && (
                <Textarea
                  label={t(`dps.action.${chosen}Reason`)}
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                  error={apiError?.fieldError('reason')}
                  required
                  autosize
                  minRows={2}
                />
              )}
              <Group justify="flex-end" gap="sm">
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
                <Button
                  color={chosen === 'approve' || chosen === 'extend' ? undefined : 'red.9'}
                  loading={decide.isPending}
                  onClick={() =>
                    decide.mutate(
                      { action: chosen, reason, version: application.data.version },
                      { onSuccess: () => onDone(t(`dps.action.${chosen}Done`)) },
                    )
                  }
                >
                  {t(`dps.action.${chosen}Submit`)}
                </Button>
              </Group>
            </Stack>
          )}
        </Stack>
      )}
    </Modal>
  );
}
