// Lists typed as one line of text ("MI, ART") and shown the same way.

export function parseList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

export function formatList(values: readonly string[]): string {
  return values.join(', ');
}
