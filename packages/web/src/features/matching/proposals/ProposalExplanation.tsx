import { List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { useMoney } from '../../../lib/money';
import type { ProposalRow } from './api';

type Part = ProposalRow['parts'][number];

function usePartDetail() {
  const { t } = useTranslation();
  const f = useFormatters();
  const money = useMoney();
  return (part: Part): string => {
    const p = part.params;
    switch (part.code) {
      case 'distance':
        return t('proposals.partDetail.distance', { km: f.number(Number(p.km)) });
      case 'cost': {
        const currency = p.currency as Parameters<typeof money>[1];
        return t('proposals.partDetail.cost', {
          expected: money(Number(p.expectedMinor), currency),
          cheapest: money(Number(p.cheapestMinor), currency),
        });
      }
      case 'freshness':
        return typeof p.ageDays === 'number'
          ? t('proposals.partDetail.freshness', { ageDays: p.ageDays, limitDays: p.limitDays })
          : t('proposals.partDetail.freshnessNever', { limitDays: p.limitDays });
      case 'continuity':
        return p.via && p.via !== 'none'
          ? t('proposals.partDetail.continuity', { via: p.via })
          : t('proposals.partDetail.continuityNone');
      default:
        return '';
    }
  };
}

/** Why an offer is proposed: every constraint it passed and every part of its score. */
export function ProposalExplanation({ proposal }: { proposal: ProposalRow }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const detail = usePartDetail();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Stack gap={4}>
        <Title order={4} size="sm">
          {t('proposals.passedTitle')}
        </Title>
        <List size="sm">
          {proposal.passed.map((code) => (
            <List.Item key={code}>✓ {t(`proposals.constraints.${code}`)}</List.Item>
          ))}
        </List>
      </Stack>
      <Stack gap={4}>
        <Title order={4} size="sm">
          {t('proposals.partsTitle', { total: f.number(proposal.total) })}
        </Title>
        <List size="sm">
          {proposal.parts.map((part) => (
            <List.Item key={part.code}>
              <Text span size="sm" fw={600}>
                {t(`proposals.parts.${part.code}`)}:
              </Text>{' '}
              {t('proposals.points', {
                points: f.number(part.points),
                weight: f.number(part.weight),
              })}
              {detail(part) && (
                <Text span size="sm" c="dimmed">
                  {' '}
                  — {detail(part)}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      </Stack>
    </SimpleGrid>
  );
}
