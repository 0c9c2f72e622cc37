// What the company pages read from the API (the supplier's own data).
import type { Country } from '../../lib/types';

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

export interface Establishment {
  id: string;
  name: string;
  serviceKind: string;
  street: string;
  postalCode: string;
  city: string;
  country: Country;
  municipalityCode: string;
  municipalityName: string | null;
  placesTotal: number;
  placesFree: number;
  placesUpdatedAt: string | null;
  targetGroups: string[];
  ageMin: number;
  ageMax: number;
  gender: 'any' | 'female' | 'male';
  methods: string[];
  languages: string[];
  description: string;
  version: number;
  /** Closed establishments are out of the catalogue; the supplier may reopen them. */
  closedAt: string | null;
}

export interface Education {
  code: string;
  year: number;
}

export interface Experience {
  area: string;
  years: number;
}

export interface Consultant {
  id: string;
  name: string;
  educations: Education[];
  experience: Experience[];
  languages: string[];
  availableFrom: string | null;
  availableExtentPercent: number | null;
  version: number;
}
