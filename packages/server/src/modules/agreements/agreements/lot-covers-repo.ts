// The domain's lotCovers (procedures/derive.ts) in SQL, for reads that narrow lots by area before
// deriving anything: a lot without an area covers every municipality; one with an area covers the
// municipalities listed. Never null: without a code, only the lots without an area cover it.
import { sql } from 'kysely';

export function lotCoversSql(codesColumn: string, municipalityCode: string | null) {
  const codes = sql.ref(codesColumn);
  return sql<boolean>`(cardinality(${codes}) = 0 OR coalesce(${municipalityCode}::text = ANY(${codes}), false))`;
}
