import type { ReactNode } from 'react';
import { Button } from '@mantine/core';

/** The button that opens or closes a row's detail below it (DataTable's `detail`). */
export function DetailToggle(props: {
  open: boolean;
  /** The id of the opened detail. */
  controls: string;
  onToggle: () => void;
  /** What it opens, for screen readers ("Show change in record 12"). */
  label: string;
  children: ReactNode;
}) {
  const { open, controls, onToggle, label, children } = props;
  return (
    <Button
      variant="subtle"
      size="xs"
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      onClick={onToggle}
      aria-label={label}
    >
      {children}
    </Button>
  );
}
