// The service taxonomy: published to anyone signed in, kept by the body's procurement officers.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, DEFAULT_TARGET_GROUPS } from '@tildel/domain/taxonomy';
import { seedDefaultTaxonomy } from '../src/modules/agreements/taxonomy/defaults.ts';
import { call, createTestApp } from './support/app.ts';
import { createOrganisation, createSession, createUser } from './support/factories.ts';

const { app, database, clock } = await createTestApp();
const db = database.db;

const body = await createOrganisation(db, { kind: 'procurement_body' });
const otherBody = await createOrganisation(db, { kind: 'procurement_body' });
const plainMunicipality = await createOrganisation(db, { kind: 'municipality' });
const procuringMunicipality = await createOrganisation(db, { kind: 'municipality' });
const supplier = await createOrganisation(db, { kind: 'supplier' });
for (const id of [body.id, otherBody.id, procuringMunicipality.id]) {
  await db.transaction().execute((trx) => seedDefaultTaxonomy(trx, clock, id, 'SE'));
}

const officer = await createSession(
  db,
  clock,
  (
    await createUser(db, {
      memberships: [{ organisationId: body.id, roles: ['procurement_officer'] }],
    })
  ).id,
  body.id,
);
const supplierUser = await createSession(
  db,
  clock,
  (
    await createUser(db, {
      memberships: [{ organisationId: supplier.id, roles: ['supplier_user'] }],
    })
  ).id,
  supplier.id,
);

const names = (en: string) => ({ sv: `${en} (sv)`, da: `${en} (da)`, en });

interface Entry {
  id: string;
  code: string;
  names: { sv: string; da: string; en: string };
  retiredAt: string | null;
}
interface Taxonomy {
  categories: (Entry & { serviceKind: string; defaultUnit: string })[];
  targetGroups: Entry[];
}

async function published(bodyId: string) {
  return call(app, supplierUser, { method: 'GET', url: `/api/taxonomy/${bodyId}` });
}

async function managed() {
  const response = await call(app, officer, {
    method: 'GET',
    url: `/api/organisations/${body.id}/taxonomy`,
  });
  expect(response.statusCode).toBe(200);
  return response.json() as Taxonomy;
}

describe('the published taxonomy', () => {
  it('gives anyone signed in a body’s categories and target groups in three languages', async () => {
    const response = await published(body.id);
    expect(response.statusCode).toBe(200);
    const taxonomy = response.json() as Taxonomy & { organisation: { id: string } };
    expect(taxonomy.organisation.id).toBe(body.id);
    expect(taxonomy.categories.map((c) => c.code).sort()).toEqual(
      DEFAULT_CATEGORIES.map((c) => c.code).sort(),
    );
    expect(taxonomy.targetGroups).toHaveLength(DEFAULT_TARGET_GROUPS.length);
    const hvb = taxonomy.categories.find((c) => c.code === 'hvb_youth')!;
    expect(hvb).toMatchObject({
      serviceKind: 'hvb',
      defaultUnit: 'day',
      names: {
        sv: 'HVB för barn och unga',
        da: 'Døgninstitution for børn og unge',
        en: 'Residential care home (HVB) for children and youth',
      },
    });
  });

  it('is there for a municipality that procures for itself, not for one that does not', async () => {
    expect((await published(procuringMunicipality.id)).statusCode).toBe(200);
    expect((await published(plainMunicipality.id)).statusCode).toBe(404);
    expect((await published(supplier.id)).statusCode).toBe(404);
    expect((await published('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('needs a signed-in caller', async () => {
    const response = await call(app, null, { method: 'GET', url: `/api/taxonomy/${body.id}` });
    expect(response.statusCode).toBe(401);
  });
});

describe('keeping the taxonomy', () => {
  it('adds a category, audited, and refuses its code a second time with a clear message', async () => {
    const create = () =>
      call(app, officer, {
        method: 'POST',
        url: `/api/organisations/${body.id}/taxonomy/categories`,
        payload: {
          code: 'hvb_girls',
          serviceKind: 'hvb',
          defaultUnit: 'day',
          names: names('HVB for girls'),
        },
      });
    const created = await create();
    expect(created.statusCode, created.body).toBe(201);
    const category = created.json() as Entry;
    expect(category).toMatchObject({ code: 'hvb_girls', serviceKind: 'hvb', retiredAt: null });
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'organisation_id'])
      .where('object_id', '=', category.id)
      .execute();
    expect(audit).toEqual([{ action: 'taxonomy.category_created', organisation_id: body.id }]);

    const again = await create();
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      detail: 'The code "hvb_girls" is already used in your taxonomy. Choose another code.',
      errors: [{ field: 'code' }],
    });
  });

  it('lets another body use the same code', async () => {
    await db.transaction().execute((trx) => seedDefaultTaxonomy(trx, clock, body.id, 'SE'));
    const rows = await db
      .selectFrom('service_categories')
      .select('organisation_id')
      .where('code', '=', 'hvb_youth')
      .where('organisation_id', 'in', [body.id, otherBody.id])
      .execute();
    expect(rows).toHaveLength(2);
  });

  it('renames and retires a category; a retired one leaves the published list', async () => {
    const hvb = (await managed()).categories.find((c) => c.code === 'hvb_adults')!;
    const renamed = await call(app, officer, {
      method: 'PUT',
      url: `/api/organisations/${body.id}/taxonomy/categories/${hvb.id}`,
      payload: { names: names('HVB for adults over 21') },
    });
    expect(renamed.statusCode).toBe(200);
    expect((renamed.json() as Entry).names.en).toBe('HVB for adults over 21');

    const retire = () =>
      call(app, officer, {
        method: 'POST',
        url: `/api/organisations/${body.id}/taxonomy/categories/${hvb.id}/retire`,
        payload: {},
      });
    const retired = await retire();
    expect(retired.statusCode).toBe(200);
    expect((retired.json() as Entry).retiredAt).toBe(clock.now().toISOString());
    expect((await retire()).statusCode).toBe(409);

    const publishedCodes = ((await published(body.id)).json() as Taxonomy).categories.map(
      (c) => c.code,
    );
    expect(publishedCodes).not.toContain('hvb_adults');
    expect((await managed()).categories.find((c) => c.id === hvb.id)?.retiredAt).not.toBeNull();
  });

  it('refuses a blank name in any language', async () => {
    const response = await call(app, officer, {
      method: 'POST',
      url: `/api/organisations/${body.id}/taxonomy/target-groups`,
      payload: { code: 'blank', names: { sv: 'Tomt', da: '   ', en: 'Blank' } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ field: 'names.da' }] });
  });

  it('adds, renames and retires target groups, with the code unique', async () => {
    const url = `/api/organisations/${body.id}/taxonomy/target-groups`;
    const created = await call(app, officer, {
      method: 'POST',
      url,
      payload: { code: 'lgbtq_youth', names: names('LGBTQ youth') },
    });
    expect(created.statusCode).toBe(201);
    const group = created.json() as Entry;
    const duplicate = await call(app, officer, {
      method: 'POST',
      url,
      payload: { code: 'youth_13_17', names: names('Youth') },
    });
    expect(duplicate.statusCode).toBe(409);
    const renamed = await call(app, officer, {
      method: 'PUT',
      url: `${url}/${group.id}`,
      payload: { names: names('LGBTQ+ youth') },
    });
    expect((renamed.json() as Entry).names).toEqual(names('LGBTQ+ youth'));
    const retired = await call(app, officer, {
      method: 'POST',
      url: `${url}/${group.id}/retire`,
      payload: {},
    });
    expect(retired.statusCode).toBe(200);
    const groups = ((await published(body.id)).json() as Taxonomy).targetGroups;
    expect(groups.map((g) => g.code)).not.toContain('lgbtq_youth');
  });

  it('cannot touch another body’s entries: they are not found', async () => {
    const foreign = await db
      .selectFrom('service_categories')
      .select('id')
      .where('organisation_id', '=', otherBody.id)
      .where('code', '=', 'supervision')
      .executeTakeFirstOrThrow();
    const response = await call(app, officer, {
      method: 'POST',
      url: `/api/organisations/${body.id}/taxonomy/categories/${foreign.id}/retire`,
      payload: {},
    });
    expect(response.statusCode).toBe(404);
    const still = await db
      .selectFrom('service_categories')
      .select('retired_at')
      .where('id', '=', foreign.id)
      .executeTakeFirstOrThrow();
    expect(still.retired_at).toBeNull();
  });
});
