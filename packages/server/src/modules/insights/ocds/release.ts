// The pieces every OCDS 1.1 release of Tildel is made of: the release shape, parties identified in
// the org-id.guide schemes (SE-BLV, DK-CVR), money in major units, and dates as instants.
// Organisations only: no person is named anywhere in a release.
import { endOfLocalDay, startOfLocalDay, type Country } from '@tildel/domain/calendar';
import { orgIdScheme } from '@tildel/domain/identifiers';
import { money, moneyToDecimalString, priceTimesVolume, type Currency } from '@tildel/domain/money';
import type { OrganisationRow } from './repo.ts';

export type PartyRole = 'buyer' | 'procuringEntity' | 'supplier' | 'tenderer';

export interface OrganizationReference {
  id: string;
  name: string;
}

export interface Party extends OrganizationReference {
  identifier: { scheme: string; id: string; legalName: string };
  roles: PartyRole[];
}

export interface Value {
  amount: number;
  currency: Currency;
}

export interface Period {
  startDate?: string;
  endDate?: string;
}

/** A release as Tildel writes it; the fields are OCDS 1.1's with the techniques extension's. */
export interface Release {
  ocid: string;
  id: string;
  date: string;
  tag: string[];
  initiationType: 'tender';
  language?: string;
  parties?: Party[];
  buyer?: OrganizationReference;
  tender?: Record<string, unknown>;
  awards?: Record<string, unknown>[];
  contracts?: Record<string, unknown>[];
  relatedProcesses?: Record<string, unknown>[];
}

/** Identifiers are the registers' digits only, as org-id.guide lists them ("5560001234"). */
export function partyOf(org: OrganisationRow, roles: PartyRole[]): Party {
  const scheme = orgIdScheme(org.country);
  const id = org.identifier.replace(/\D/g, '');
  return {
    id: `${scheme}-${id}`,
    name: org.name,
    identifier: { scheme, id, legalName: org.name },
    roles,
  };
}

export function referenceTo(party: Party): OrganizationReference {
  return { id: party.id, name: party.name };
}

/** Several rows may name one organisation (a body that is also a participant): roles are joined. */
export function partiesOf(parties: Party[]): Party[] {
  const byId = new Map<string, Party>();
  for (const p of parties) {
    const known = byId.get(p.id);
    if (known) known.roles = [...new Set([...known.roles, ...p.roles])];
    else byId.set(p.id, { ...p, roles: [...p.roles] });
  }
  return [...byId.values()];
}

export function ocidOf(prefix: string, id: string): string {
  return `${prefix}-${id}`;
}

export function instant(at: Date | string): string {
  return new Date(at).toISOString();
}

/** An agreement's days are the buyer's local days: the period runs from the first day's start. */
export function periodOf(country: Country, from: string, to: string | null): Period {
  return {
    startDate: startOfLocalDay(from, country).toISOString(),
    ...(to ? { endDate: endOfLocalDay(to, country).toISOString() } : {}),
  };
}

/** The expected cost: unit price times the expected volume, in major units as OCDS wants. */
export function valueOf(
  unitPriceMinor: number,
  volume: number | string,
  currency: Currency,
): Value {
  const total = priceTimesVolume(money(unitPriceMinor, currency), volume);
  return { amount: Number(moneyToDecimalString(total)), currency };
}

/** The language of a release: the buyer's (texts such as lot names are written in it). */
export function languageOf(country: Country): string {
  return country === 'SE' ? 'sv' : 'da';
}
