// A figure's or name's way to what is behind it: a link when the user may open that page,
// plain text otherwise.
import type { ReactNode } from 'react';
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

export function DrillLink({ to, children }: { to: string | null; children: ReactNode }) {
  if (to === null) return <>{children}</>;
  return (
    <Anchor component={Link} to={to}>
      {children}
    </Anchor>
  );
}
