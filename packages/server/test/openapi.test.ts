// The OpenAPI document is the contract the web's types are generated from: it must be a valid
// OpenAPI 3.1 document, every operation must have a unique operationId `area.verb` under its
// area's tag, declare the problem answers it can give, and name the required fields of its
// answers (else a field the schema forgets would silently vanish from the response).
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openapiDocument } from '../src/cli/openapi.ts';
import { AREA_TAGS } from '../src/platform/openapi.ts';
import { call, createTestApp } from './support/app.ts';

const t = await createTestApp();

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  $ref?: string;
}
interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { responses?: Record<string, unknown>; schemas?: Record<string, unknown> };
}

const served = await call(t.app, null, { method: 'GET', url: '/api/openapi.json' });
const document = served.json<Document>();
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
);

/** Object schemas in an answer that have properties but leave out `required`. */
function missingRequired(schema: Schema | undefined, at: string): string[] {
  if (!schema || schema.$ref) return [];
  const found: string[] = [];
  if (schema.properties) {
    if (!schema.required) found.push(at);
    for (const [key, value] of Object.entries(schema.properties))
      found.push(...missingRequired(value, `${at}.${key}`));
  }
  if (schema.items) found.push(...missingRequired(schema.items, `${at}[]`));
  return found;
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document, the same as the one generated without a server', async () => {
    expect(served.statusCode).toBe(200);
    const result = await new Validator().validate(
      document as unknown as Parameters<Validator['validate']>[0],
    );
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    // The web's types are generated from the document built without a database (cli/openapi.ts).
    expect(await openapiDocument()).toEqual(document);
  });

  it('gives every operation a unique operationId `area.verb` under its area tag, and a summary', () => {
    const areas: readonly string[] = AREA_TAGS.map((tag) => tag.name);
    const seen = new Map<string, string>();
    for (const { name, op } of operations) {
      expect(op.operationId, name).toMatch(/^[a-z]+\.[a-z][A-Za-z0-9]+$/);
      const [area] = op.operationId!.split('.');
      expect(areas, name).toContain(area);
      expect(op.tags, name).toEqual([area]);
      expect(op.summary, name).toBeTruthy();
      expect(seen.get(op.operationId!), `${name} repeats ${op.operationId}`).toBeUndefined();
      seen.set(op.operationId!, name);
    }
    expect(seen.size).toBeGreaterThan(150);
  });

  it('declares the problem answers of every operation as shared components', () => {
    for (const { name, op } of operations) {
      const problems = Object.entries(op.responses).filter(([status]) => status >= '400');
      expect(problems.length, name).toBeGreaterThan(0);
      for (const [status, answer] of problems) {
        const ref = answer.$ref ?? '';
        const inline = answer.content?.['application/problem+json'];
        expect(
          ref.startsWith('#/components/responses/') || inline,
          `${name} ${status}`,
        ).toBeTruthy();
      }
    }
    expect(Object.keys(document.components.responses ?? {})).toEqual(
      expect.arrayContaining([
        'BadRequest',
        'Unauthorized',
        'Forbidden',
        'NotFound',
        'Conflict',
        'InternalError',
      ]),
    );
  });

  it('names the required fields of every JSON answer', () => {
    const missing = operations.flatMap(({ name, op }) =>
      Object.entries(op.responses).flatMap(([status, answer]) =>
        status < '300'
          ? missingRequired(answer.content?.['application/json']?.schema, `${name} ${status}`)
          : [],
      ),
    );
    expect(missing).toEqual([]);
  });
});
