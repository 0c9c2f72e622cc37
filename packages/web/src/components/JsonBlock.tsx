/** Pretty-printed JSON; wraps instead of scrolling, so keyboard users need not reach into it. */
export function JsonBlock({ value }: { value: unknown }) {
  const text = value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);
  return <pre className="tildel-json">{text}</pre>;
}
