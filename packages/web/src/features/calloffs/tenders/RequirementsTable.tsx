// The call-off's must and should requirements, each with its criterion and what it is worth.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { useMoney } from '../../../lib/money';
import type { RequirementView } from '../calloffs/api';

export function RequirementsTable({ requirements }: { requirements: RequirementView[] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const money = useMoney();
  if (requirements.length === 0) return <Text size="sm">{t('tenders.detail.noRequirements')}</Text>;
  return (
    <Table>
      <Table.Caption>{t('tenders.detail.requirementsCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('calloffs.requirements.level')}</Table.Th>
          <Table.Th scope="col">{t('calloffs.requirements.requirement')}</Table.Th>
          <Table.Th scope="col">{t('calloffs.requirements.criterion')}</Table.Th>
          <Table.Th scope="col">{t('calloffs.requirements.valueKind')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {requirements.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{t(`calloffs.requirements.levels.${r.level}`)}</Table.Td>
            <Table.Td>{r.title}</Table.Td>
            <Table.Td>
              {r.criterion.kind === 'minimum'
                ? t('tenders.detail.atLeast', { minimum: f.number(r.criterion.minimum ?? 0) })
                : t('calloffs.requirements.criteria.yes_no')}
            </Table.Td>
            <Table.Td>
              {r.value === null
                ? '–'
                : r.value.kind === 'points'
                  ? t('tenders.detail.points', { count: r.value.points })
                  : t('tenders.detail.deduction', {
                      amount: money(r.value.amountMinor!, r.value.currency!),
                    })}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
