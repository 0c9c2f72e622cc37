import { useState } from 'react';
import { Anchor, Button, List, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { PERMISSIONS } from '../../../lib/types';
import {
  CreateCorrectionDialog,
  type CorrectionPreset,
} from '../corrections/CreateCorrectionDialog';
import { LogbookPanel } from '../logbook/LogbookPanel';
import { useChecklist, type Checklist } from './api';
import { PermitCheckDialog } from './PermitCheckDialog';
import { PermitRecord } from './PermitRecord';
import { recordVisitPath } from './PlanTable';
import { VisitsTable } from './VisitsTable';

/** Before a visit: the permit record and its check, open corrections, staff list, requirements. */
export function ChecklistPage() {
  const { establishmentId = '' } = useParams();
  const { t } = useTranslation();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const checklist = useChecklist(orgId, establishmentId);
  const [checking, setChecking] = useState(false);
  const [correcting, setCorrecting] = useState<CorrectionPreset | null>(null);
  const navigate = useNavigate();
  const [notice, setNotice] = useState<string | null>(null);

  if (checklist.isPending) return <Loading />;
  if (checklist.isError)
    return (
      <Page title={t('followup.checklist.title')}>
        <ErrorAlert error={checklist.error} onRetry={() => void checklist.refetch()} />
      </Page>
    );
  const data = checklist.data;
  const canManage = hasPermission(PERMISSIONS.followupManage);
  return (
    <Page
      title={t('followup.checklist.heading', { name: data.establishment.name })}
      description={`${data.supplier.name} · ${[data.establishment.street, data.establishment.postalCode, data.establishment.city].filter(Boolean).join(', ')}`}
      actions={
        canManage && (
          <>
            <RecordVisitLinks checklist={data} />
            <CorrectionButtons checklist={data} onStart={setCorrecting} />
          </>
        )
      }
    >
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
      <PermitRecord checklist={data} onCheck={canManage ? () => setChecking(true) : null} />
      <OpenCorrections checklist={data} />
      <StaffListResult checklist={data} />
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('followup.requirements.title')}
        </Title>
        {data.agreements.map((a) => (
          <Stack key={a.id} gap={4}>
            <Text fw={600}>
              {a.reference} – {a.title}
            </Text>
            {a.requirements.length === 0 ? (
              <Text size="sm">{t('followup.requirements.none')}</Text>
            ) : (
              <List size="sm">
                {a.requirements.map((r) => (
                  <List.Item key={r.id}>
                    {t(`followup.requirementKind.${r.kind}`)}
                    {r.description && `: ${r.description}`}
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        ))}
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('followup.visits.title')}
        </Title>
        <VisitsTable orgId={orgId} establishmentId={establishmentId} />
      </Stack>
      <LogbookPanel orgId={orgId} supplierId={data.supplier.id} />
      {correcting && (
        <CreateCorrectionDialog
          orgId={orgId}
          preset={correcting}
          onClose={() => setCorrecting(null)}
          onCreated={(request) => void navigate(`/followup/corrections/${request.id}`)}
        />
      )}
      {checking && (
        <PermitCheckDialog
          orgId={orgId}
          checklist={data}
          onClose={() => setChecking(false)}
          onDone={() => {
            setChecking(false);
            setNotice(t('followup.check.done'));
          }}
        />
      )}
    </Page>
  );
}

/** A request for correction about this establishment, agreement by agreement. */
function CorrectionButtons(props: {
  checklist: Checklist;
  onStart: (preset: CorrectionPreset) => void;
}) {
  const { t } = useTranslation();
  const { checklist } = props;
  return (
    <>
      {checklist.agreements.map((a) => (
        <Button
          key={a.id}
          variant="default"
          onClick={() =>
            props.onStart({
              agreementId: a.id,
              supplierId: checklist.supplier.id,
              establishmentId: checklist.establishment.id,
            })
          }
        >
          {checklist.agreements.length > 1
            ? t('followup.checklist.correctionOn', { reference: a.reference })
            : t('followup.checklist.correction')}
        </Button>
      ))}
    </>
  );
}

function RecordVisitLinks({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation();
  return (
    <>
      {checklist.agreements.map((a) => {
        const planned = checklist.plannedVisits.find(
          (v) => v.agreement.id === a.id && v.status === 'planned',
        );
        return (
          <Button
            key={a.id}
            component={Link}
            to={recordVisitPath({
              establishmentId: checklist.establishment.id,
              agreementId: a.id,
              plannedVisitId: planned?.id,
            })}
          >
            {checklist.agreements.length > 1
              ? t('followup.visit.recordOn', { reference: a.reference })
              : t('followup.visit.record')}
          </Button>
        );
      })}
    </>
  );
}

function OpenCorrections({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('followup.corrections.title')}
      </Title>
      {checklist.corrections.length === 0 ? (
        <EmptyState title={t('followup.corrections.none')} />
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table verticalSpacing="xs">
            <Table.Caption>{t('followup.corrections.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('followup.corrections.columns.description')}</Table.Th>
                <Table.Th scope="col">{t('followup.corrections.columns.agreement')}</Table.Th>
                <Table.Th scope="col">{t('followup.corrections.columns.deadline')}</Table.Th>
                <Table.Th scope="col">{t('followup.corrections.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {checklist.corrections.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/followup/corrections/${c.id}`}>
                      {c.description.length > 120
                        ? `${c.description.slice(0, 120)}…`
                        : c.description}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{c.agreementReference}</Table.Td>
                  <Table.Td>{f.date(c.deadline)}</Table.Td>
                  <Table.Td>{t(`followup.correctionStatus.${c.status}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function StaffListResult({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const list = checklist.staffList;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('followup.staffList.title')}
      </Title>
      {!list ? (
        <Text size="sm">{t('followup.staffList.none')}</Text>
      ) : (
        <Text size="sm">
          <Anchor component={Link} to={`/followup/staff-lists/${list.requestId}`}>
            {t('followup.staffList.period', {
              from: f.date(list.periodFrom),
              to: f.date(list.periodTo),
            })}
          </Anchor>
          {': '}
          {list.result
            ? t('followup.staffList.result', {
                met: list.result.met,
                notMet: list.result.notMet,
              })
            : t('followup.staffList.awaited')}
        </Text>
      )}
    </Stack>
  );
}
