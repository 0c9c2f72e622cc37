// The server's receipt time of a bid, compared exactly. PostgreSQL keeps microseconds and a
// JavaScript Date only milliseconds, so the fraction is read as digits, not through Date.
const RECEIPT =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}(?::?\d{2})?)$/;

/** Nanoseconds since the epoch of an ISO 8601 (or PostgreSQL text) timestamp with a zone. */
export function receiptInstant(text: string): bigint {
  const parts = RECEIPT.exec(text);
  if (!parts) throw new RangeError(`"${text}" is not a timestamp with a time zone`);
  const [, date, time, fraction = '', zone = 'Z'] = parts;
  const offset =
    zone === 'Z' ? zone : `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '') || '00'}`;
  const milliseconds = Date.parse(`${date}T${time}${offset}`);
  if (Number.isNaN(milliseconds)) throw new RangeError(`"${text}" is not a valid timestamp`);
  return BigInt(milliseconds) * 1_000_000n + BigInt(fraction.padEnd(9, '0'));
}
