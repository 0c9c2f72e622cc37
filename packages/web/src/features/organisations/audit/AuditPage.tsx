import { Alert, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { useOpenedRows } from '../../../lib/opened-rows';
import { usePageState } from '../../../lib/paging';
import { DataTable, type DataColumn } from '../../../components/DataTable';
import { DetailToggle } from '../../../components/DetailToggle';
import { ExportLinks } from '../../../components/ExportLinks';
import { Page } from '../../../components/Page';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { JsonBlock } from '../../../components/JsonBlock';
import {
  AUDIT_SORTS,
  useAuditTrail,
  useChainVerification,
  type AuditRecord,
  type AuditSort,
} from './api';

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

/** Who did it: the user, or the system for what the platform did itself. */
function ActorCell({ actor }: { actor: AuditRecord['actor'] }) {
  const { t } = useTranslation();
  if (!actor)
    return (
      <Text size="sm" c="dimmed">
        {t('audit.system')}
      </Text>
    );
  return (
    <>
      <Text size="sm">{actor.name}</Text>
      <Text size="xs" c="dimmed">
        {actor.email}
      </Text>
    </>
  );
}

function ActionCell({ action }: { action: string }) {
  const { i18n } = useTranslation();
  const actionName = auditActionName(action, i18n);
  if (actionName === null)
    return (
      <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
        {action}
      </Text>
    );
  return (
    <>
      <Text size="sm">{actionName}</Text>
      {/* The key as recorded, for support staff and for searching the trail. */}
      <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
        {action}
      </Text>
    </>
  );
}

function ChangeDetail({ record }: { record: AuditRecord }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid id={detailsIdOf(record)} cols={{ base: 1, md: 2 }} spacing="md">
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
  );
}

const detailsIdOf = (record: AuditRecord) => `audit-details-${record.id}`;

export function AuditPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { activeMembership } = useAuth();
  const org = activeMembership!.organisation;
  const page = usePageState(AUDIT_SORTS, { sort: 'seq', order: 'desc' });
  const trail = useAuditTrail(org.id, page);
  const opened = useOpenedRows();

  const columns: DataColumn<AuditRecord, AuditSort>[] = [
    {
      key: 'seq',
      title: t('audit.seq'),
      sort: 'seq',
      render: (record) => (
        <Text size="sm" ff="monospace">
          {record.seq}
        </Text>
      ),
    },
    {
      key: 'time',
      title: t('audit.time'),
      render: (record) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          <time dateTime={record.at}>{f.dateTimeSeconds(record.at)}</time>
        </Text>
      ),
    },
    {
      key: 'actor',
      title: t('audit.actor'),
      sort: 'actor',
      render: (record) => <ActorCell actor={record.actor} />,
    },
    {
      key: 'action',
      title: t('audit.action'),
      sort: 'action',
      render: (record) => <ActionCell action={record.action} />,
    },
    {
      key: 'object',
      title: t('audit.object'),
      render: (record) => (
        <>
          <Text size="sm">
            {t(`audit.objectTypes.${record.objectType}`, { defaultValue: record.objectType })}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
            {record.objectId}
          </Text>
        </>
      ),
    },
    {
      key: 'change',
      title: t('audit.change'),
      render: (record) => {
        if (record.before === null && record.after === null) return null;
        const open = opened.isOpen(record.id);
        return (
          <DetailToggle
            open={open}
            controls={detailsIdOf(record)}
            onToggle={() => opened.toggle(record.id)}
            label={t(open ? 'audit.hideChangeOf' : 'audit.showChangeOf', { seq: record.seq })}
          >
            {open ? t('audit.hideChange') : t('audit.showChange')}
          </DetailToggle>
        );
      },
    },
  ];

  return (
    <Page
      title={t('audit.title')}
      description={t('audit.description', { organisation: org.name, zone: f.timeZone })}
    >
      <VerificationResult orgId={org.id} />
      <DataTable
        caption={t('audit.caption')}
        columns={columns}
        list={trail}
        state={page}
        rowKey={(record) => record.id}
        empty={t('audit.empty')}
        minWidth={900}
        toolbar={
          <ExportLinks path={`/api/organisations/${org.id}/audit/export`} params={page.params} />
        }
        detail={(record) => (opened.isOpen(record.id) ? <ChangeDetail record={record} /> : null)}
      />
    </Page>
  );
}
