// What the company pages read from the API (the supplier's own data). Its establishments and
// consultants, which the call-off forms read too, are typed in lib/company.ts.
import type { Answer } from '../../../lib/api';

export type CompanyProfile = Answer<'/api/organisations/{orgId}/company'>;

export type Contact = Answer<'/api/organisations/{orgId}/company/contacts'>['items'][number];
export type ContactKind = Contact['kind'];
