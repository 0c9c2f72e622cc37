// A published call-off: its deadline, the invitations (declines and reads only after the
// deadline), the suppliers' questions to answer and the form to change the request.
import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useAuth } from '../../../lib/auth';
import { makeFormatters, TIME_ZONE, useFormatters } from '../../../lib/format';
import { PERMISSIONS } from '../../../lib/types';
import type { CalloffDetail } from '../calloffs/api';
import { usePublication, type Publication } from './api';
import { ChangeRequestForm } from './ChangeRequestForm';
import { QuestionsSection } from './QuestionsSection';

export function OpenCalloffSection({ orgId, calloff }: { orgId: string; calloff: CalloffDetail }) {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const publication = usePublication(orgId, calloff.id);
  const manage = hasPermission(PERMISSIONS.calloffsManage);
  const open = calloff.status === 'open' && !calloff.deadlinePassed;
  return (
    <Stack gap="md" component="section" aria-labelledby="invitations-title">
      <Title order={2} size="h3" id="invitations-title">
        {t('invitations.open.title')}
      </Title>
      {publication.isPending ? (
        <Loading />
      ) : publication.isError ? (
        <ErrorAlert error={publication.error} onRetry={() => void publication.refetch()} />
      ) : (
        <>
          <Deadline calloff={calloff} country={publication.data.country} />
          <InvitationsTable calloff={calloff} publication={publication.data} />
          <QuestionsSection orgId={orgId} calloffId={calloff.id} answering={open && manage} />
          {open && manage && (
            <ChangeRequestForm orgId={orgId} calloff={calloff} country={publication.data.country} />
          )}
        </>
      )}
    </Stack>
  );
}

function Deadline({ calloff, country }: { calloff: CalloffDetail; country: 'SE' | 'DK' }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const zone = makeFormatters(f.locale, TIME_ZONE[country]);
  return (
    <Text>
      {t(calloff.deadlinePassed ? 'invitations.open.deadlinePassed' : 'invitations.open.deadline', {
        at: `${zone.dateTime(calloff.tenderDeadline)} (${zone.timeZoneName})`,
      })}{' '}
      {t('invitations.open.published', { at: f.dateTime(calloff.publishedAt) })}
    </Text>
  );
}

function InvitationsTable({
  calloff,
  publication,
}: {
  calloff: CalloffDetail;
  publication: Publication;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const after = calloff.deadlinePassed;
  return (
    <Table>
      <Table.Caption>
        {after ? t('invitations.open.captionAfter') : t('invitations.open.captionBefore')}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('invitations.fields.supplier')}</Table.Th>
          <Table.Th scope="col">{t('invitations.fields.invitedAt')}</Table.Th>
          {after && <Table.Th scope="col">{t('invitations.fields.firstRead')}</Table.Th>}
          {after && <Table.Th scope="col">{t('invitations.fields.declined')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {publication.invitations.map((i) => (
          <Table.Tr key={i.supplierId}>
            <Table.Td>{i.supplierName}</Table.Td>
            <Table.Td>{f.dateTime(i.invitedAt)}</Table.Td>
            {after && (
              <Table.Td>{i.firstReadAt ? f.dateTime(i.firstReadAt) : t('invitations.no')}</Table.Td>
            )}
            {after && (
              <Table.Td>
                {i.declinedAt
                  ? t('invitations.open.declinedWith', { reason: i.declineReason })
                  : t('invitations.no')}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
