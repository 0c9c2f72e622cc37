// OCDS validation as the standard defines it: the 1.1 package schemas (JSON Schema draft-04) with
// the release schema extended by the techniques extension (a JSON Merge Patch, RFC 7386), and every
// value of a field that names a codelist checked against that codelist's codes. The schemas and
// codelists are copied byte for byte into test/ocds/standard so a clean clone can run this.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { apply } from 'json-merge-patch';

const STANDARD = join(import.meta.dirname, '../ocds/standard');
const RELEASE_SCHEMA_ID =
  'https://standard.open-contracting.org/schema/1__1__5/release-schema.json';
const VERSIONED_ID =
  'https://standard.open-contracting.org/schema/1__1__5/versioned-release-validation-schema.json';

type Schema = Record<string, unknown>;
const read = (path: string): Schema => JSON.parse(readFileSync(join(STANDARD, path), 'utf8'));

const releaseSchema = apply(
  read('1.1/release-schema.json'),
  read('techniques/release-schema.json'),
) as Schema;

// Both are CommonJS packages whose class and plugin are their `default` export; ajv-formats is
// typed against its own copy of Ajv 8, the same class at run time.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv as never);
ajv.addSchema({ ...releaseSchema, id: RELEASE_SCHEMA_ID });
// Tildel writes no versioned releases; the record schema still names their schema, which is not
// among the files, so it stands in as one that no versionedRelease could pass.
ajv.addSchema({ id: VERSIONED_ID, not: {} });
const validators = {
  release: ajv.compile(read('1.1/release-package-schema.json')),
  record: ajv.compile(read('1.1/record-package-schema.json')),
};

function codelists(): Map<string, Set<string>> {
  const lists = new Map<string, Set<string>>();
  for (const dir of ['1.1/codelists', 'techniques/codelists']) {
    for (const file of readdirSync(join(STANDARD, dir))) {
      const rows = readFileSync(join(STANDARD, dir, file), 'utf8')
        .trim()
        .split(/\r?\n/)
        .slice(1);
      lists.set(file, new Set(rows.map((r) => r.split(',')[0]!)));
    }
  }
  return lists;
}
const CODELISTS = codelists();

function resolve(node: Schema): Schema {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/definitions/')) return node;
  const definitions = releaseSchema.definitions as Record<string, Schema>;
  return resolve(definitions[ref.slice('#/definitions/'.length)]!);
}

/** Walks a release beside its schema; returns "path: code (codelist)" for every unknown code. */
function unknownCodes(schema: Schema, value: unknown, path: string): string[] {
  const node = resolve(schema);
  if (value === null || value === undefined) return [];
  const problems: string[] = [];
  if (typeof node.codelist === 'string') {
    const codes = CODELISTS.get(node.codelist);
    if (!codes) return [`${path}: codelist ${node.codelist} is missing`];
    for (const code of Array.isArray(value) ? value : [value])
      if (!codes.has(String(code))) problems.push(`${path}: ${String(code)} (${node.codelist})`);
    return problems;
  }
  if (Array.isArray(value) && node.items)
    value.forEach((item, i) =>
      problems.push(...unknownCodes(node.items as Schema, item, `${path}[${i}]`)),
    );
  else if (typeof value === 'object' && node.properties) {
    const properties = node.properties as Record<string, Schema>;
    for (const [key, v] of Object.entries(value as Record<string, unknown>))
      if (properties[key]) problems.push(...unknownCodes(properties[key], v, `${path}.${key}`));
  }
  return problems;
}

interface PackageShape {
  releases?: unknown[];
  records?: { releases: unknown[]; compiledRelease?: unknown }[];
}

/** Schema errors and unknown codes of a release or record package; empty when it is valid. */
export function ocdsProblems(kind: 'release' | 'record', pkg: unknown): string[] {
  const validate = validators[kind];
  const problems = validate(pkg)
    ? []
    : (validate.errors ?? []).map(
        (e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message ?? ''}`,
      );
  const shape = pkg as PackageShape;
  const releases = [
    ...(shape.releases ?? []),
    ...(shape.records ?? []).flatMap((r) => [...r.releases, r.compiledRelease]),
  ];
  for (const release of releases) problems.push(...unknownCodes(releaseSchema, release, 'release'));
  return problems;
}
