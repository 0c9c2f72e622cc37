// One hit as words: its name or title, and below it its reference and whose it is.
import { Text } from '@mantine/core';
import type { SearchHit } from './api';

export function HitText({ hit }: { hit: SearchHit }) {
  const details = [hit.reference, hit.context].filter(Boolean).join(' · ');
  return (
    <>
      <Text size="sm" fw={500} component="span" display="block">
        {hit.title}
      </Text>
      {details && (
        <Text size="xs" c="dimmed" component="span" display="block">
          {details}
        </Text>
      )}
    </>
  );
}
