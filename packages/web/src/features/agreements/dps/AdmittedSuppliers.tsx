import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ItemList } from '../../../lib/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import type { AdmittedCategory } from './types';

/** Admitted suppliers per category (names only). */
export function AdmittedSuppliers({
  admitted,
  headingLevel = 2,
}: {
  admitted: UseQueryResult<ItemList<AdmittedCategory>>;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t } = useTranslation();
  if (admitted.isPending) return <Loading />;
  if (admitted.isError) return <ErrorAlert error={admitted.error} />;
  return (
    <Stack gap="md">
      {admitted.data.items.map(({ category, suppliers }) => (
        <section key={category.id} aria-label={category.name}>
          <Title order={headingLevel} size="h5" mb={4}>
            {t('dps.admitted.category', { category: category.name, count: suppliers.length })}
          </Title>
          {suppliers.length === 0 ? (
            <Text size="sm">{t('dps.admitted.none')}</Text>
          ) : (
            <List size="sm">
              {suppliers.map((s) => (
                <List.Item key={s.id}>{s.name}</List.Item>
              ))}
            </List>
          )}
        </section>
      ))}
    </Stack>
  );
}
