import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { Permit } from './api';
import { PermitStatusBadge } from './PermitStatusBadge';

interface PermitsTableProps {
  caption: string;
  permits: Permit[];
  showSupplier?: boolean;
  onEdit?: (permit: Permit) => void;
}

export function PermitsTable({
  caption,
  permits,
  showSupplier = false,
  onEdit,
}: PermitsTableProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {showSupplier && <Table.Th scope="col">{t('permits.supplier')}</Table.Th>}
            <Table.Th scope="col">{t('permits.establishment')}</Table.Th>
            <Table.Th scope="col">{t('permits.authorityAndReference')}</Table.Th>
            <Table.Th scope="col">{t('permits.statusLabel')}</Table.Th>
            <Table.Th scope="col">{t('permits.validity')}</Table.Th>
            <Table.Th scope="col">{t('permits.openCases')}</Table.Th>
            <Table.Th scope="col">{t('permits.lastChecked')}</Table.Th>
            {onEdit && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {permits.map((p) => (
            <Table.Tr key={p.id}>
              {showSupplier && <Table.Td>{p.supplierName}</Table.Td>}
              <Table.Td>
                <Text size="sm" fw={500}>
                  {p.establishmentName}
                </Text>
                {p.scope && (
                  <Text size="xs" c="dimmed">
                    {p.scope}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {p.authority} {p.reference}
              </Table.Td>
              <Table.Td>
                <PermitStatusBadge status={p.status} />
                {p.decisions && (
                  <Text size="xs" c="dimmed" mt={4}>
                    {p.decisions}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {p.validFrom ? f.date(p.validFrom) : '–'} – {p.validTo ? f.date(p.validTo) : ''}
              </Table.Td>
              <Table.Td>{p.openCases}</Table.Td>
              <Table.Td>
                {p.lastCheckedOn ? f.date(p.lastCheckedOn) : t('permits.neverChecked')}
                {p.lastCheckedBy && (
                  <Text size="xs" c="dimmed">
                    {p.lastCheckedBy.name}
                  </Text>
                )}
              </Table.Td>
              {onEdit && (
                <Table.Td>
                  <Button size="xs" variant="default" onClick={() => onEdit(p)}>
                    {t('permits.edit')}
                    <VisuallyHidden>
                      {' '}
                      {p.establishmentName} {p.reference}
                    </VisuallyHidden>
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
