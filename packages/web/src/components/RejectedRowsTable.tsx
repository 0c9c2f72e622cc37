import { List, Table } from '@mantine/core';
import type { ReactNode } from 'react';

export interface RejectedRow {
  line: number;
  /** What the row is, in the import's own words (its name, its reference). */
  row: ReactNode;
  reasons: readonly { message: string }[];
}

/** The rows a file import refused, each with its line and every reason (offers, permits). */
export function RejectedRowsTable({
  caption,
  headers,
  rows,
  minWidth,
}: {
  caption: string;
  headers: { line: string; row: string; reasons: string };
  rows: readonly RejectedRow[];
  minWidth: number;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{headers.line}</Table.Th>
            <Table.Th scope="col">{headers.row}</Table.Th>
            <Table.Th scope="col">{headers.reasons}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.line}>
              <Table.Td>{r.line}</Table.Td>
              <Table.Td>{r.row}</Table.Td>
              <Table.Td>
                <List size="sm">
                  {r.reasons.map((reason, i) => (
                    <List.Item key={i}>{reason.message}</List.Item>
                  ))}
                </List>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
