import { Fragment, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { Page } from '../../../components/Page';
import { Loading } from '../../../components/Loading';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { EmptyState } from '../../../components/EmptyState';
import { JsonBlock } from '../../../components/JsonBlock';
import { useAuditTrail, useChainVerification, type AuditRecord } from './api';

/**
 * The readable name of an audit action ("dps.application.approved" → "Application approved"), or
 * null for an action this version of the web app has no name for (it is then shown as recorded).
 */
function auditActionName(action: string, i18n: I18n): string | null {
  const key = `audit.actions.${action}`;
  if (!i18n.exists(key)) return null;
  const name: unknown = i18n.t(key, { returnObjects: true });
  // A prefix of other actions ("dps.application") is a group of names, not a name.
  return typeof name === 'string' ? name : null;
}

function VerificationResult({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const verification = useChainVerification(orgId);
  return (
    <Stack gap="sm" align="flex-start">
      <Button
        variant="default"
        onClick={() => void verification.refetch()}
        loading={verification.isFetching}
      >
        {t('audit.verify')}
      </Button>
      <div aria-live="polite" style={{ alignSelf: 'stretch' }}>
        {verification.isError && <ErrorAlert error={verification.error} />}
        {verification.data &&
          !verification.isFetching &&
          (verification.data.ok ? (
            <Alert color="teal" variant="light" title={t('audit.verifyOkTitle')}>
              {t('audit.verifyOk', {
                count: verification.data.checked,
                checked: f.number(verification.data.checked),
              })}
            </Alert>
          ) : (
            <Alert color="red" variant="light" title={t('audit.verifyFailedTitle')}>
              {verification.data.firstProblem
                ? t('audit.verifyFailed', {
                    seq: verification.data.firstProblem.seq,
                    reason: t(`audit.problems.${verification.data.firstProblem.reason}`, {
                      defaultValue: verification.data.firstProblem.reason,
                    }),
                    checked: f.number(verification.data.checked),
                    count: verification.data.checked,
                  })
                : t('audit.verifyFailedUnknown')}
            </Alert>
          ))}
      </div>
    </Stack>
  );
}

function AuditRow({ record }: { record: AuditRecord }) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const [open, setOpen] = useState(false);
  const detailsId = `audit-details-${record.id}`;
  const hasChange = record.before !== null || record.after !== null;
  const actionName = auditActionName(record.action, i18n);
  return (
    <Fragment>
      <Table.Tr>
        <Table.Td>
          <Text size="sm" ff="monospace">
            {record.seq}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            <time dateTime={record.at}>{f.dateTimeSeconds(record.at)}</time>
          </Text>
        </Table.Td>
        <Table.Td>
          {record.actor ? (
            <>
              <Text size="sm">{record.actor.name}</Text>
              <Text size="xs" c="dimmed">
                {record.actor.email}
              </Text>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t('audit.system')}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          {actionName === null ? (
            <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
              {record.action}
            </Text>
          ) : (
            <>
              <Text size="sm">{actionName}</Text>
              {/* The key as recorded, for support staff and for searching the trail. */}
              <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
                {record.action}
              </Text>
            </>
          )}
        </Table.Td>
        <Table.Td>
          <Text size="sm">
            {t(`audit.objectTypes.${record.objectType}`, { defaultValue: record.objectType })}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
            {record.objectId}
          </Text>
        </Table.Td>
        <Table.Td>
          {hasChange && (
            <Button
              variant="subtle"
              size="xs"
              aria-expanded={open}
              aria-controls={open ? detailsId : undefined}
              onClick={() => setOpen((o) => !o)}
              aria-label={t(open ? 'audit.hideChangeOf' : 'audit.showChangeOf', {
                seq: record.seq,
              })}
            >
              {open ? t('audit.hideChange') : t('audit.showChange')}
            </Button>
          )}
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={6}>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <div>
                <Text size="sm" fw={600} mb={4}>
                  {t('audit.before')}
                </Text>
                <JsonBlock value={record.before} />
              </div>
              <div>
                <Text size="sm" fw={600} mb={4}>
                  {t('audit.after')}
                </Text>
                <JsonBlock value={record.after} />
              </div>
            </SimpleGrid>
          </Table.Td>
        </Table.Tr>
      )}
    </Fragment>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { activeMembership } = useAuth();
  const org = activeMembership!.organisation;
  const trail = useAuditTrail(org.id);
  const records = trail.data?.pages.flatMap((p) => p.items) ?? [];
  const nextPageError = trail.isFetchNextPageError ? trail.error : null;

  return (
    <Page
      title={t('audit.title')}
      description={t('audit.description', { organisation: org.name, zone: f.timeZone })}
    >
      <VerificationResult orgId={org.id} />
      {trail.isPending ? (
        <Loading />
      ) : trail.isError ? (
        <ErrorAlert error={trail.error} onRetry={() => void trail.refetch()} />
      ) : records.length === 0 ? (
        <EmptyState title={t('audit.empty')} />
      ) : (
        <Stack gap="md">
          <Table.ScrollContainer minWidth={900}>
            <Table>
              <Table.Caption>
                <VisuallyHidden>{t('audit.caption', { count: records.length })}</VisuallyHidden>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('audit.seq')}</Table.Th>
                  <Table.Th scope="col">{t('audit.time')}</Table.Th>
                  <Table.Th scope="col">{t('audit.actor')}</Table.Th>
                  <Table.Th scope="col">{t('audit.action')}</Table.Th>
                  <Table.Th scope="col">{t('audit.object')}</Table.Th>
                  <Table.Th scope="col">{t('audit.change')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {records.map((record) => (
                  <AuditRow key={record.id} record={record} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('audit.shown', { count: records.length })}
            </Text>
            {trail.hasNextPage && (
              <Button
                variant="default"
                onClick={() => void trail.fetchNextPage()}
                loading={trail.isFetchingNextPage}
              >
                {t('common.loadMore')}
              </Button>
            )}
          </Group>
          {nextPageError && <ErrorAlert error={nextPageError} />}
        </Stack>
      )}
    </Page>
  );
}
