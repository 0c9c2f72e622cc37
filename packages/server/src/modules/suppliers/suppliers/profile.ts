// The supplier's own profile: address, home municipality, website and description.
import type { Actor } from '../../../platform/access.ts';
import { findMunicipality } from '@tildel/domain/reference/municipalities';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/deps.ts';
import * as repo from './repo.ts';
import type { ProfileInput } from './schemas.ts';
import { municipality, optional, supplierOrThrow, versionConflict } from './supplier.ts';

type SupplierRow = NonNullable<Awaited<ReturnType<typeof repo.findSupplier>>>;

export function profileView(s: SupplierRow) {
  const code = s.municipality_code;
  return {
    id: s.id,
    name: s.name,
    country: s.country,
    identifier: s.identifier,
    street: s.street ?? '',
    postalCode: s.postal_code ?? '',
    city: s.city ?? '',
    municipalityCode: code,
    municipalityName: code ? (findMunicipality(s.country, code)?.name ?? null) : null,
    website: s.website ?? null,
    description: s.description ?? '',
    // 0 until the supplier first saves its profile (the row is created then).
    version: s.version ?? 0,
    updatedAt: s.updated_at ?? null,
  };
}

export async function companyProfile(deps: Deps, supplierId: string) {
  return profileView(await supplierOrThrow(deps, supplierId));
}

export async function saveCompanyProfile(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  input: ProfileInput,
) {
  const supplier = await supplierOrThrow(deps, supplierId);
  const code = optional(input.municipalityCode);
  const values = {
    street: input.street.trim(),
    postal_code: input.postalCode.trim(),
    city: input.city.trim(),
    municipality_code: code ? municipality('municipalityCode', supplier.country, code).code : null,
    website: optional(input.website),
    description: input.description?.trim() ?? '',
    updated_at: deps.clock.now(),
  };
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.lockProfile(trx, supplierId);
    if ((current?.version ?? 0) !== input.version) throw versionConflict();
    if (current) {
      await repo.updateProfile(trx, supplierId, { ...values, version: current.version + 1 });
    } else {
      await repo.insertProfile(trx, { supplier_id: supplierId, ...values, version: 1 });
    }
    await appendAudit(trx, deps.clock, {
      organisationId: supplierId,
      actorUserId: actor.userId,
      action: current ? 'supplier_profile.updated' : 'supplier_profile.created',
      objectType: 'supplier_profile',
      objectId: supplierId,
      before: current ?? null,
      after: values,
    });
  });
  return companyProfile(deps, supplierId);
}
