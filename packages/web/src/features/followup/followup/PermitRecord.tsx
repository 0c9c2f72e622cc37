import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormatters } from '../../../lib/format';
import type { Checklist } from './api';

/** The permit and supervision record, how fresh its check is, and the checks made. */
export function PermitRecord(props: { checklist: Checklist; onCheck: (() => void) | null }) {
  const { checklist, onCheck } = props;
  const { t } = useTranslation();
  const f = useFormatters();
  const { freshness } = checklist;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('followup.permits.title')}
        </Title>
        {onCheck && <Button onClick={onCheck}>{t('followup.check.open')}</Button>}
      </Group>
      <Group gap="sm">
        <StatusBadge tone={freshness.stale ? 'negative' : 'positive'}>
          {freshness.stale ? t('followup.permits.stale') : t('followup.permits.fresh')}
        </StatusBadge>
        <Text size="sm">
          {freshness.monthsSince === null
            ? t('followup.permits.neverChecked')
            : t('followup.permits.checkedMonthsAgo', { count: freshness.monthsSince })}
        </Text>
      </Group>
      {checklist.permits.length === 0 ? (
        <EmptyState title={t('followup.permits.none')} />
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="xs">
            <Table.Caption>{t('followup.permits.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('followup.permits.columns.permit')}</Table.Th>
                <Table.Th scope="col">{t('followup.permits.columns.status')}</Table.Th>
                <Table.Th scope="col">{t('followup.permits.columns.valid')}</Table.Th>
                <Table.Th scope="col">{t('followup.permits.columns.openCases')}</Table.Th>
                <Table.Th scope="col">{t('followup.permits.columns.decisions')}</Table.Th>
                <Table.Th scope="col">{t('followup.permits.columns.lastChecked')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {checklist.permits.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    {p.authority} {p.reference}
                    {p.scope && (
                      <Text size="sm" c="dimmed">
                        {p.scope}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge tone={p.status === 'valid' ? 'positive' : 'negative'}>
                      {t(`followup.permitStatus.${p.status}`)}
                    </StatusBadge>
                  </Table.Td>
                  <Table.Td>
                    {f.date(p.validFrom)} –{' '}
                    {p.validTo ? f.date(p.validTo) : t('followup.permits.open')}
                  </Table.Td>
                  <Table.Td>{p.openCases}</Table.Td>
                  <Table.Td>{p.decisions || '–'}</Table.Td>
                  <Table.Td>
                    {p.lastCheckedOn
                      ? `${f.date(p.lastCheckedOn)}${p.lastCheckedByName ? `, ${p.lastCheckedByName}` : ''}`
                      : t('followup.permits.neverShort')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {checklist.permitChecks.length > 0 && (
        <Table.ScrollContainer minWidth={700}>
          <Table verticalSpacing="xs">
            <Table.Caption>{t('followup.checks.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('followup.checks.columns.date')}</Table.Th>
                <Table.Th scope="col">{t('followup.checks.columns.seen')}</Table.Th>
                <Table.Th scope="col">{t('followup.checks.columns.note')}</Table.Th>
                <Table.Th scope="col">{t('followup.checks.columns.by')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {checklist.permitChecks.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{f.date(c.checkedOn)}</Table.Td>
                  <Table.Td>
                    {t(`followup.seen.${c.seen}`)}
                    {c.decisionReference && ` (${c.decisionReference})`}
                  </Table.Td>
                  <Table.Td>{c.note || '–'}</Table.Td>
                  <Table.Td>{c.checkedBy}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
