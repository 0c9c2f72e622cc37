import { useState } from 'react';
import { Anchor, Button, List, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { StatusBadge } from '../../../components/StatusBadge';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { PERMISSIONS } from '../../../lib/types';
import { documentUrl, useVisit } from './api';
import { CorrectionFromVisitDialog } from './CorrectionFromVisitDialog';
import { OUTCOME_TONE } from './words';

/** A visit record, and a request for correction from what was not met. */
export function VisitPage() {
  const { visitId = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormatters();
  const navigate = useNavigate();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const visit = useVisit(orgId, visitId);
  const [correcting, setCorrecting] = useState(false);

  if (visit.isPending) return <Loading />;
  if (visit.isError)
    return (
      <Page title={t('followup.visit.title')}>
        <ErrorAlert error={visit.error} onRetry={() => void visit.refetch()} />
      </Page>
    );
  const v = visit.data;
  const canCorrect = hasPermission(PERMISSIONS.followupManage) && v.callingForCorrection.length > 0;
  return (
    <Page
      title={t('followup.visit.heading', { name: v.establishment.name, date: f.date(v.visitedOn) })}
      description={`${v.supplier.name} · ${v.agreement.reference} – ${v.agreement.title}`}
      actions={
        canCorrect && (
          <Button onClick={() => setCorrecting(true)}>{t('followup.correction.open')}</Button>
        )
      }
    >
      <Anchor component={Link} to={`/followup/establishments/${v.establishment.id}`}>
        {t('followup.visit.toChecklist')}
      </Anchor>
      <Stack gap={4}>
        <Text>
          <strong>{t('followup.visit.participants')}:</strong> {v.participants.join(', ')}
        </Text>
        {v.summary && <Text style={{ whiteSpace: 'pre-wrap' }}>{v.summary}</Text>}
        <Text size="sm" c="dimmed">
          {t('followup.visit.recordedBy', { name: v.createdBy })}
        </Text>
      </Stack>
      {v.corrections.length > 0 && (
        <Stack gap={4}>
          <Title order={2} size="h3">
            {t('followup.visit.corrections')}
          </Title>
          <List size="sm">
            {v.corrections.map((c) => (
              <List.Item key={c.id}>
                <Anchor component={Link} to={`/followup/corrections/${c.id}`}>
                  {t(`followup.correctionStatus.${c.status}`)}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Table.ScrollContainer minWidth={700}>
        <Table verticalSpacing="sm">
          <Table.Caption>{t('followup.visit.findingsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('followup.visit.columns.requirement')}</Table.Th>
              <Table.Th scope="col">{t('followup.visit.columns.outcome')}</Table.Th>
              <Table.Th scope="col">{t('followup.visit.columns.text')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {v.findings.map((finding) => (
              <Table.Tr key={finding.requirementId}>
                <Table.Td>
                  {t(`followup.requirementKind.${finding.kind}`)}
                  {finding.description && (
                    <Text size="sm" c="dimmed">
                      {finding.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <StatusBadge tone={OUTCOME_TONE[finding.outcome]}>
                    {t(`followup.outcome.${finding.outcome}`)}
                  </StatusBadge>
                </Table.Td>
                <Table.Td>{finding.text || '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {v.documents.length > 0 && (
        <Stack gap={4}>
          <Title order={2} size="h3">
            {t('followup.visit.documents')}
          </Title>
          <List size="sm">
            {v.documents.map((d) => (
              <List.Item key={d.id}>
                <Anchor href={documentUrl(orgId, v.id, d.id)}>{d.fileName}</Anchor>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {v.logbookNotes.length > 0 && (
        <Stack gap={4}>
          <Title order={2} size="h3">
            {t('followup.visit.logbook')}
          </Title>
          {v.logbookNotes.map((n) => (
            <Text key={n.id} style={{ whiteSpace: 'pre-wrap' }}>
              {n.text}
              {n.sensitive && ` (${t('followup.visit.sensitiveMark')})`}
              {n.concern && ` (${t('followup.visit.concernMark')})`}
            </Text>
          ))}
        </Stack>
      )}
      {correcting && (
        <CorrectionFromVisitDialog
          orgId={orgId}
          visit={v}
          onClose={() => setCorrecting(false)}
          onCreated={(request) => void navigate(`/followup/corrections/${request.id}`)}
        />
      )}
    </Page>
  );
}
