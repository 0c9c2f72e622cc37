import {
  Anchor,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SupplierEntry } from './api';

/** The supplier's own description of itself and whom to contact. */
export function ProfileAndContacts({ entry }: { entry: SupplierEntry }) {
  const { t } = useTranslation();
  const p = entry.profile;
  const address = [p.street, [p.postalCode, p.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <div>
            <Text size="sm" fw={600}>
              {t(`suppliers.identifier.${p.country}`)}
            </Text>
            <Text>{p.identifier}</Text>
          </div>
          <div>
            <Text size="sm" fw={600}>
              {t('suppliers.address')}
            </Text>
            <Text>{address || t('suppliers.notGiven')}</Text>
          </div>
          <div>
            <Text size="sm" fw={600}>
              {t('suppliers.municipality')}
            </Text>
            <Text>{p.municipalityName ?? t('suppliers.notGiven')}</Text>
          </div>
          <div>
            <Text size="sm" fw={600}>
              {t('suppliers.website')}
            </Text>
            {p.website ? (
              <Anchor href={p.website} target="_blank" rel="noreferrer">
                {p.website}
                <VisuallyHidden> ({t('common.opensInNewTab')})</VisuallyHidden>
              </Anchor>
            ) : (
              <Text>{t('suppliers.notGiven')}</Text>
            )}
          </div>
          <div>
            <Text size="sm" fw={600}>
              {t('suppliers.consultants')}
            </Text>
            <Text>{t('suppliers.consultantCount', { count: entry.consultantCount })}</Text>
          </div>
        </SimpleGrid>
        {p.description && <Text mt="md">{p.description}</Text>}
      </Paper>
      <section aria-labelledby="supplier-contacts-heading">
        <Title order={2} size="h3" id="supplier-contacts-heading" mb="sm">
          {t('suppliers.contacts')}
        </Title>
        {entry.contacts.length === 0 ? (
          <Text>{t('suppliers.noContacts')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table>
              <Table.Caption>
                <VisuallyHidden>{t('suppliers.contactsCaption', { name: p.name })}</VisuallyHidden>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('suppliers.contactName')}</Table.Th>
                  <Table.Th scope="col">{t('suppliers.purpose')}</Table.Th>
                  <Table.Th scope="col">{t('suppliers.email')}</Table.Th>
                  <Table.Th scope="col">{t('suppliers.phone')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entry.contacts.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      {c.name}
                      {c.kind === 'function_mailbox' && ` (${t('suppliers.sharedMailbox')})`}
                    </Table.Td>
                    <Table.Td>{c.purpose}</Table.Td>
                    <Table.Td>
                      <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor>
                    </Table.Td>
                    <Table.Td>{c.phone ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
    </Stack>
  );
}
