import type { ReactNode } from 'react';
import { Table } from '@mantine/core';

/**
 * A wide table that scrolls sideways on narrow screens. The scrolling region takes keyboard
 * focus and is named, so it can be scrolled without a mouse (WCAG 2.1.1).
 */
export function ScrollTable(props: { minWidth: number; label: string; children: ReactNode }) {
  return (
    <Table.ScrollContainer
      minWidth={props.minWidth}
      scrollAreaProps={{
        viewportProps: { tabIndex: 0, role: 'region', 'aria-label': props.label },
      }}
    >
      {props.children}
    </Table.ScrollContainer>
  );
}
