// db/types.ts is written by hand (it carries the CHECK constraints' value lists as unions, which no
// generator reads), so this test holds it to the migrated schema: the same tables and columns,
// each column's type compatible with its PostgreSQL type, null exactly where the column is
// nullable, and optional on insert exactly where the column has a default. A migration that adds,
// drops or changes a column without the same change in db/types.ts fails here.
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from './support/worker-database.ts';

const TYPES_FILE = fileURLToPath(new URL('../src/db/types.ts', import.meta.url));

interface DbColumn {
  table: string;
  column: string;
  udt: string;
  nullable: boolean;
  hasDefault: boolean;
}

async function migratedColumns(): Promise<DbColumn[]> {
  const database = await openTestDatabase();
  try {
    const rows = await sql<{
      table_name: string;
      column_name: string;
      udt_name: string;
      is_nullable: string;
      column_default: string | null;
      is_identity: string;
      is_generated: string;
    }>`SELECT c.table_name, c.column_name, c.udt_name, c.is_nullable, c.column_default,
              c.is_identity, c.is_generated
         FROM information_schema.columns c
         JOIN information_schema.tables t
           ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name, c.ordinal_position`.execute(database.db);
    return rows.rows.map((r) => ({
      table: r.table_name,
      column: r.column_name,
      udt: r.udt_name,
      nullable: r.is_nullable === 'YES',
      hasDefault:
        r.column_default !== null || r.is_identity === 'YES' || r.is_generated === 'ALWAYS',
    }));
  } finally {
    await database.close();
  }
}

type Kind = 'string' | 'number' | 'boolean' | 'date' | 'string[]' | 'bytes' | 'json' | 'other';

interface TsColumn {
  /** What a select gives, without null. */
  kinds: Set<Kind>;
  selectsNull: boolean;
  insertOptional: boolean;
}

/** The DB interface of db/types.ts, read with the TypeScript checker (aliases resolved). */
function declaredColumns(): Map<string, Map<string, TsColumn>> {
  const program = ts.createProgram([TYPES_FILE], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowImportingTsExtensions: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(TYPES_FILE)!;
  const dbInterface = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'DB',
  );
  if (!dbInterface) throw new Error('db/types.ts has no interface DB');

  const member = (type: ts.Type, name: string) => {
    const symbol = type.getProperty(name);
    return symbol ? checker.getTypeOfSymbol(symbol) : undefined;
  };
  const parts = (type: ts.Type): ts.Type[] => (type.isUnion() ? type.types : [type]);
  const kindOf = (type: ts.Type): Kind => {
    const flags = type.getFlags();
    if (flags & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral)) return 'string';
    if (flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) return 'number';
    if (flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return 'boolean';
    if (flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return 'json';
    const name = type.getSymbol()?.getName() ?? type.aliasSymbol?.getName();
    if (name === 'Date') return 'date';
    if (name === 'Uint8Array' || name === 'Buffer') return 'bytes';
    if (checker.isArrayType(type)) {
      const [element] = checker.getTypeArguments(type as ts.TypeReference);
      return element && kindOf(element) === 'string' ? 'string[]' : 'json';
    }
    return 'other';
  };

  const tables = new Map<string, Map<string, TsColumn>>();
  for (const tableSymbol of checker.getTypeAtLocation(dbInterface).getProperties()) {
    const columns = new Map<string, TsColumn>();
    for (const columnSymbol of checker.getTypeOfSymbol(tableSymbol).getProperties()) {
      const declared = parts(checker.getTypeOfSymbol(columnSymbol));
      // Kysely's ColumnType<Select, Insert, Update> (Generated is one) keeps the three apart.
      const side = (key: '__select__' | '__insert__') =>
        declared.flatMap((part) => parts(member(part, key) ?? part));
      const selectParts = side('__select__');
      const boolLiterals = selectParts.filter((p) => p.getFlags() & ts.TypeFlags.BooleanLiteral);
      columns.set(columnSymbol.getName(), {
        kinds: new Set(
          selectParts
            .filter((p) => !(p.getFlags() & ts.TypeFlags.Null))
            .map((p) => (boolLiterals.includes(p) ? 'boolean' : kindOf(p))),
        ),
        // unknown (a JSON column read as is) holds null too.
        selectsNull: selectParts.some(
          (p) => p.getFlags() & (ts.TypeFlags.Null | ts.TypeFlags.Unknown | ts.TypeFlags.Any),
        ),
        insertOptional: side('__insert__').some((p) => p.getFlags() & ts.TypeFlags.Undefined),
      });
    }
    tables.set(tableSymbol.getName(), columns);
  }
  return tables;
}

/** What a value of the PostgreSQL type comes back as through pg and PGlite here. */
function expectedKind(udt: string): Kind[] {
  if (['uuid', 'text', 'varchar', 'bpchar', 'citext', 'inet', 'date'].includes(udt))
    return ['string'];
  if (['int2', 'int4', 'float4', 'float8'].includes(udt)) return ['number'];
  // bigint and numeric stay exact: strings.
  if (['int8', 'numeric'].includes(udt)) return ['string'];
  if (udt === 'bool') return ['boolean'];
  if (udt === 'timestamptz' || udt === 'timestamp') return ['date'];
  if (udt === 'bytea') return ['bytes'];
  if (['_text', '_uuid', '_varchar'].includes(udt)) return ['string[]'];
  if (udt === 'jsonb' || udt === 'json') return ['json', 'other', 'string', 'number', 'boolean'];
  return ['other'];
}

describe('db/types.ts against the migrated schema', async () => {
  const columns = await migratedColumns();
  const declared = declaredColumns();

  it('has exactly the tables and columns of the schema', () => {
    const inSchema = new Map<string, string[]>();
    for (const c of columns) inSchema.set(c.table, [...(inSchema.get(c.table) ?? []), c.column]);
    expect([...declared.keys()].sort()).toEqual([...inSchema.keys()].sort());
    for (const [table, names] of inSchema)
      expect([...(declared.get(table)?.keys() ?? [])].sort(), table).toEqual([...names].sort());
  });

  it('types each column as PostgreSQL returns it, null where nullable, optional where defaulted', () => {
    const wrong: string[] = [];
    for (const c of columns) {
      const ts = declared.get(c.table)?.get(c.column);
      if (!ts) continue; // reported by the test above
      const name = `${c.table}.${c.column} (${c.udt}${c.nullable ? ', nullable' : ''}${c.hasDefault ? ', default' : ''})`;
      const allowed = expectedKind(c.udt);
      const kinds = [...ts.kinds];
      if (kinds.length === 0 || kinds.some((k) => !allowed.includes(k)))
        wrong.push(`${name}: declared as ${kinds.join(' | ')}`);
      if (ts.selectsNull !== c.nullable && !ts.kinds.has('json'))
        wrong.push(`${name}: ${ts.selectsNull ? 'declared nullable' : 'null missing'}`);
      if (c.hasDefault && !ts.insertOptional)
        wrong.push(`${name}: has a default, so it should be Generated (optional on insert)`);
      if (!c.hasDefault && !c.nullable && ts.insertOptional)
        wrong.push(`${name}: no default, but optional on insert`);
    }
    expect(wrong).toEqual([]);
  });
});
