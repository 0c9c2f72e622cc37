// The buyer's call-offs still in draft, for the home page (under its work-list heading): each is
// waiting for requirements and a model before suppliers can be invited.
import { Anchor, Stack, Table } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useCalloffs } from './api';

/** The first drafts, newest first; the call-offs page holds them all. */
const FIRST_DRAFTS = { params: { limit: 10, offset: 0, sort: 'created', order: 'desc' } } as const;

export function DraftCalloffsList() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { activeMembership } = useAuth();
  const drafts = useCalloffs(activeMembership!.organisation.id, { status: 'draft' }, FIRST_DRAFTS);
  return (
    <Stack gap="sm">
      {drafts.isPending ? (
        <Loading />
      ) : drafts.isError ? (
        <ErrorAlert error={drafts.error} />
      ) : drafts.data.items.length === 0 ? (
        <EmptyState title={t('calloffs.home.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder striped captionSide="top">
            <Table.Caption style={{ textAlign: 'left', fontWeight: 600 }}>
              {t('calloffs.home.caption')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('calloffs.fields.need')}</Table.Th>
                <Table.Th scope="col">{t('calloffs.fields.procedure')}</Table.Th>
                <Table.Th scope="col">{t('calloffs.fields.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {drafts.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/calloffs/${c.id}`}>
                      {c.needTitle}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`needs.calloff.procedures.${c.procedure}`)}</Table.Td>
                  <Table.Td>{f.dateTime(c.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Anchor component={Link} to="/calloffs">
        {t('calloffs.home.all')}
      </Anchor>
    </Stack>
  );
}
