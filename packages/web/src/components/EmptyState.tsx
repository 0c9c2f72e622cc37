import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** An honest "nothing here" message. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap={4} align="flex-start">
        <Text fw={600}>{title}</Text>
        {children && (
          <Text c="dimmed" size="sm">
            {children}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
