// The tie rule in words, in its order: stated before anyone is invited.
import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function TieRule({ rule }: { rule: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('invitations.tieRule.title')}
      </Text>
      <List type="ordered" size="sm">
        {rule.map((step) => (
          <List.Item key={step}>{t(`invitations.tieRule.${step}`)}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
