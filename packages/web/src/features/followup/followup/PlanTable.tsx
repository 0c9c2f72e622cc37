import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormatters } from '../../../lib/format';
import type { PlannedVisit } from './api';
import { PLANNED_TONE } from './words';

export const recordVisitPath = (v: {
  establishmentId: string;
  agreementId: string;
  plannedVisitId?: string | null;
}) => {
  const search = new URLSearchParams({
    establishmentId: v.establishmentId,
    agreementId: v.agreementId,
  });
  if (v.plannedVisitId) search.set('plannedVisitId', v.plannedVisitId);
  return `/followup/visits/new?${search.toString()}`;
};

/** The year's planned visits in work order (overdue first, the done ones after), overdue said in words. */
export function PlanTable(props: {
  year: number;
  visits: PlannedVisit[];
  overdue: readonly string[];
  canManage: boolean;
}) {
  const { year, visits, overdue, canManage } = props;
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" striped>
        <Table.Caption>{t('followup.plan.caption', { year })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('followup.plan.columns.date')}</Table.Th>
            <Table.Th scope="col">{t('followup.plan.columns.establishment')}</Table.Th>
            <Table.Th scope="col">{t('followup.plan.columns.supplier')}</Table.Th>
            <Table.Th scope="col">{t('followup.plan.columns.agreement')}</Table.Th>
            <Table.Th scope="col">{t('followup.plan.columns.status')}</Table.Th>
            {canManage && <Table.Th scope="col">{t('followup.plan.columns.action')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visits.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>{v.plannedOn ? f.date(v.plannedOn) : t('followup.plan.noDate')}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/followup/establishments/${v.establishment.id}`}>
                  {v.establishment.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{v.supplier.name}</Table.Td>
              <Table.Td>{v.agreement.reference}</Table.Td>
              <Table.Td>
                {overdue.includes(v.id) ? (
                  <StatusBadge tone="negative">{t('followup.plan.overdue')}</StatusBadge>
                ) : (
                  <StatusBadge tone={PLANNED_TONE[v.status]}>
                    {t(`followup.plan.status.${v.status}`)}
                  </StatusBadge>
                )}
              </Table.Td>
              {canManage && (
                <Table.Td>
                  {v.status === 'planned' && (
                    <Anchor
                      component={Link}
                      to={recordVisitPath({
                        establishmentId: v.establishment.id,
                        agreementId: v.agreement.id,
                        plannedVisitId: v.id,
                      })}
                      aria-label={t('followup.plan.recordFor', { name: v.establishment.name })}
                    >
                      {t('followup.plan.record')}
                    </Anchor>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
