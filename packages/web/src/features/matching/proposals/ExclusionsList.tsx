import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFailuresText } from '../../../lib/constraint-failures';
import { useFormatters } from '../../../lib/format';
import type { ProposalsAnswer } from './api';

/** The offers left out: how many by first reason, and the first ones with every reason in words. */
export function ExclusionsList({ exclusions }: { exclusions: ProposalsAnswer['exclusions'] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const failuresText = useFailuresText();
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('proposals.exclusions.title')}
      </Title>
      <Text size="sm">{t('proposals.exclusions.summary', { count: exclusions.total })}</Text>
      {exclusions.byReason.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            {t('proposals.exclusions.byReason')}
          </Text>
          <List size="sm">
            {exclusions.byReason.map((r) => (
              <List.Item key={r.code}>
                {t('proposals.exclusions.reasonCount', {
                  reason: t(`proposals.constraints.${r.code}`),
                  number: f.number(r.count),
                })}
              </List.Item>
            ))}
          </List>
        </>
      )}
      {exclusions.items.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            {t('proposals.exclusions.listed', { shown: exclusions.items.length })}
          </Text>
          <List size="sm">
            {exclusions.items.map((e) => (
              <List.Item key={e.offer.id}>
                <Text span size="sm" fw={600}>
                  {e.offer.name}
                </Text>{' '}
                ({e.supplier.name}): {failuresText(e.failures)}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
