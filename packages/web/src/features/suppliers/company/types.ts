// What the company pages read from the API (the supplier's own data). Its establishments and
// consultants, which the call-off forms read too, are typed in lib/company.ts.
import type { Country } from '../../../lib/types';

export interface CompanyProfile {
  id: string;
  name: string;
  country: Country;
  identifier: string;
  street: string;
  postalCode: string;
  city: string;
  municipalityCode: string | null;
  municipalityName: string | null;
  website: string | null;
  description: string;
  version: number;
  updatedAt: string | null;
}

export type ContactKind = 'person' | 'function_mailbox';

export interface Contact {
  id: string;
  kind: ContactKind;
  name: string;
  purpose: string;
  email: string;
  phone: string | null;
  receivesNotices: boolean;
}
