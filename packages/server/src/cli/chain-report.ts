// How the command-line tools report the audit chains: one line per chain and a summary.
import type { ChainVerification } from '../platform/audit.ts';

/** Writes the report; answers how many chains are broken. */
export function reportChains(
  results: readonly ChainVerification[],
  write: (line: string) => void,
): number {
  let broken = 0;
  for (const r of results) {
    if (r.ok) {
      write(`ok      ${r.chain}: ${r.checked} records\n`);
    } else {
      broken += 1;
      const p = r.firstProblem!;
      write(
        `BROKEN  ${r.chain}: record ${p.seq}${p.id ? ` (id ${p.id})` : ''} is ${p.reason.replace('_', ' ')}; ${r.checked} records before it are intact\n`,
      );
    }
  }
  write(
    broken === 0
      ? `All ${results.length} audit chains are intact.\n`
      : `${broken} of ${results.length} audit chains are broken.\n`,
  );
  return broken;
}
