import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { useTargetGroupLabel } from '../../../lib/target-groups';
import type { SupplierEntry } from './api';

/** The supplier's establishments as buyers see them: where, what, and places with their date. */
export function EstablishmentsTable({ entry }: { entry: SupplierEntry }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const groupName = useTargetGroupLabel();
  if (entry.establishments.length === 0) return <Text>{t('suppliers.noEstablishments')}</Text>;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table>
        <Table.Caption>
          <VisuallyHidden>
            {t('suppliers.establishmentsCaption', { name: entry.profile.name })}
          </VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('suppliers.establishmentName')}</Table.Th>
            <Table.Th scope="col">{t('suppliers.serviceKind')}</Table.Th>
            <Table.Th scope="col">{t('suppliers.municipality')}</Table.Th>
            <Table.Th scope="col">{t('suppliers.targetGroups')}</Table.Th>
            <Table.Th scope="col">{t('suppliers.ages')}</Table.Th>
            <Table.Th scope="col">{t('suppliers.freePlaces')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entry.establishments.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {e.name}
                </Text>
              </Table.Td>
              <Table.Td>{t(`suppliers.serviceKinds.${e.serviceKind}`)}</Table.Td>
              <Table.Td>{e.municipalityName ?? e.municipalityCode}</Table.Td>
              <Table.Td>{e.targetGroups.map(groupName).join(', ')}</Table.Td>
              <Table.Td>{t('suppliers.ageRange', { min: e.ageMin, max: e.ageMax })}</Table.Td>
              <Table.Td>
                {t('suppliers.freeOfTotal', { free: e.placesFree, total: e.placesTotal })}
                {e.placesUpdatedAt && (
                  <Text size="xs">
                    {t('suppliers.reported', { when: f.dateTime(e.placesUpdatedAt) })}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
