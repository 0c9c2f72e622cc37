// From a figure to the orders behind it: the orders list with the same selection and the row's
// own filter (the orders list route takes them all; features/calloffs/orders reads them).
import type { SpendDimension } from './api';
import { periodBounds, type FilterName } from './filters';

const SAME_NAME = [
  'municipalityId',
  'serviceId',
  'supplierId',
  'agreementId',
  'dpsId',
  'procedure',
] as const;

function rowFilter(by: SpendDimension, key: string): Record<string, string> | null {
  switch (by) {
    case 'municipality':
      return { municipalityId: key };
    case 'service':
      return key ? { serviceId: key } : null;
    case 'supplier':
      return { supplierId: key };
    case 'procedure':
      return { procedure: key };
    case 'framework': {
      const [kind, id] = key.split(':');
      if (!id) return null;
      return kind === 'agreement' ? { agreementId: id } : { dpsId: id };
    }
    case 'period':
      return periodBounds(key);
  }
}

/** The orders list's address for a row, or null when the row has nothing to filter by. */
export function ordersBehind(
  filters: Partial<Record<FilterName, string>>,
  row: { by: SpendDimension; key: string; currency: string },
): string | null {
  const own = rowFilter(row.by, row.key);
  if (!own) return null;
  const params = new URLSearchParams();
  for (const name of SAME_NAME) if (filters[name]) params.set(name, filters[name]);
  if (filters.from) params.set('startFrom', filters.from);
  if (filters.to) params.set('startTo', filters.to);
  for (const [name, value] of Object.entries(own)) params.set(name, value);
  params.set('currency', row.currency);
  return `/orders?${params.toString()}`;
}
