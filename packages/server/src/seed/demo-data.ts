// The demo world: a joint procurement body in southern Sweden with member municipalities from
// Skåne, Halland and Kronoberg, Kristianstad running its own procurement too, a Danish
// municipality, and about 40 clearly fictional suppliers. Municipal codes are the official ones
// (packages/domain/src/reference); organisation numbers other than Kristianstad's and Aarhus's are
// made up, with valid check digits.
import type { Role } from '@tildel/domain/permissions';
import type { ServiceKind } from '@tildel/domain/taxonomy';

export const DEMO_BODY = {
  key: 'sydupphandling',
  name: 'Sydupphandling – gemensam nämnd (demo)',
  country: 'SE' as const,
  first9: '222000901',
};

/** Member municipalities of the joint body: [name, kommunkod]. */
export const DEMO_MEMBER_MUNICIPALITIES: ReadonlyArray<readonly [string, string]> = [
  ['Kristianstads kommun', '1290'],
  ['Hässleholms kommun', '1293'],
  ['Ystads kommun', '1286'],
  ['Trelleborgs kommun', '1287'],
  ['Landskrona stad', '1282'],
  ['Ängelholms kommun', '1292'],
  ['Höörs kommun', '1267'],
  ['Osby kommun', '1273'],
  ['Halmstads kommun', '1380'],
  ['Laholms kommun', '1381'],
  ['Växjö kommun', '0780'],
  ['Ljungby kommun', '0781'],
  ['Älmhults kommun', '0765'],
];

/** Kristianstad's real organisationsnummer; it also runs its own procurement. */
export const KRISTIANSTAD_IDENTIFIER = '212000-0951';

export const DEMO_DANISH_MUNICIPALITY = { name: 'Aarhus Kommune', code: '751', cvr: '55133018' };

/**
 * The demo suppliers: [name, main service kind, home municipality code]. The service kind decides
 * the demo establishments, consultants, agreements and DPS applications of each.
 */
type SupplierLine = readonly [string, ServiceKind, string];

const SE_SUPPLIERS: readonly SupplierLine[] = [
  ['Lindgårdens HVB AB', 'hvb', '1290'],
  ['Vägen Vidare Omsorg AB', 'staffing', '1293'],
  ['Socionomkraft Bemanning AB', 'staffing', '1280'],
  ['Ekbackens Stödboende AB', 'supported_housing', '1290'],
  ['Fyrbåken Familjehem AB', 'family_home', '1286'],
  ['Tallstigen Behandling AB', 'hvb', '1293'],
  ['Klövervallens HVB AB', 'hvb', '1286'],
  ['Hyrsocionomerna Syd AB', 'staffing', '1280'],
  ['Stenbrons Öppenvård AB', 'open_care', '1287'],
  ['Havsbrisens Ungdomshem AB', 'hvb', '1287'],
  ['Ljungheden Omsorg AB', 'staffing', '1273'],
  ['Björkhagens Stödboende AB', 'supported_housing', '1380'],
  ['Socialkompetens Norden AB', 'staffing', '1281'],
  ['Solrosens Familjestöd AB', 'family_home', '1292'],
  ['Kvarnbäckens Behandlingshem AB', 'hvb', '1282'],
  ['Granliden HVB AB', 'hvb', '1292'],
  ['Ankaret Handledning AB', 'supervision', '1290'],
  ['Mosstorpets Stödboende AB', 'supported_housing', '0780'],
  ['Lärkträdets Öppenvård AB', 'open_care', '1380'],
  ['Bryggans Ungdomsboende AB', 'hvb', '1380'],
  ['Vitsippans Omsorg AB', 'staffing', '0781'],
  ['Fältsocionomerna Skåne AB', 'staffing', '1290'],
  ['Ängsbackens HVB AB', 'hvb', '1381'],
  ['Tryggboende Halland AB', 'supported_housing', '1381'],
  ['Kronobergs Stödteam AB', 'staffing', '0780'],
  ['Ekolodets Handledning AB', 'supervision', '1280'],
  ['Blåklintens Familjehem AB', 'family_home', '0765'],
  ['Sjöbodens Behandling AB', 'hvb', '0780'],
  ['Socionomjouren Syd AB', 'staffing', '1283'],
  ['Hagtornets Stödboende AB', 'supported_housing', '1267'],
  ['Gläntans HVB AB', 'hvb', '0781'],
  ['Vindrosens Öppenvård AB', 'open_care', '0765'],
  ['Nyckelpigans Familjestöd AB', 'family_home', '1267'],
  ['Strandängens Ungdomshem AB', 'hvb', '0765'],
];

const DK_SUPPLIERS: readonly SupplierLine[] = [
  ['Bøgely Botilbud ApS', 'botilbud', '751'],
  ['Engblommen Socialpædagogik ApS', 'open_care', '751'],
  ['Fjordlys Bosted ApS', 'botilbud', '746'],
  ['Vikarsocialrådgiverne Jylland ApS', 'staffing', '751'],
  ['Lyngbakken Opholdssted ApS', 'open_care', '740'],
  ['Havnely Støttecenter ApS', 'open_care', '730'],
];

/** More staffing firms, so Kristianstad's DPS for hired social workers has a market. */
const SE_STAFFING_SUPPLIERS: readonly SupplierLine[] = [
  ['Bemanningsakuten Social AB', 'staffing', '1280'],
  ['Socionombolaget Öresund AB', 'staffing', '1283'],
  ['Familjerättskonsulterna AB', 'staffing', '1290'],
  ['Barnavårdsbemanning i Syd AB', 'staffing', '1293'],
  ['Utredarna Norden AB', 'staffing', '1380'],
  ['Myndighetsstöd Skåne AB', 'staffing', '1282'],
  ['Socialsekreterarpoolen AB', 'staffing', '0780'],
  ['Konsultsocionom Väst AB', 'staffing', '1292'],
];

export interface DemoSupplier {
  name: string;
  country: 'SE' | 'DK';
  service: ServiceKind;
  /** Official municipality code of its seat. */
  home: string;
  /** First digits; the check digit is computed. */
  stem: string;
}

// Keys are 'supplier:<index>' in this order: the Swedish list, the Danish list, then the extra
// staffing firms (indices 40–47), so the keys of the first 40 never move.
export const DEMO_SUPPLIERS: DemoSupplier[] = [
  ...SE_SUPPLIERS.map(([name, service, home], i) => ({
    name,
    country: 'SE' as const,
    service,
    home,
    stem: `5590${String(10001 + i * 37).padStart(5, '0')}`,
  })),
  ...DK_SUPPLIERS.map(([name, service, home], i) => ({
    name,
    country: 'DK' as const,
    service,
    home,
    stem: String(4100001 + i * 1013),
  })),
  ...SE_STAFFING_SUPPLIERS.map(([name, service, home], i) => ({
    name,
    country: 'SE' as const,
    service,
    home,
    stem: `5591${String(20011 + i * 41).padStart(5, '0')}`,
  })),
];

/** The key of each demo supplier offering a service kind, in list order. */
export function demoSupplierKeys(service: ServiceKind, country: 'SE' | 'DK' = 'SE'): string[] {
  return DEMO_SUPPLIERS.flatMap((s, i) =>
    s.service === service && s.country === country ? [`supplier:${i}`] : [],
  );
}

export interface DemoUser {
  email: string;
  name: string;
  locale: 'sv' | 'da' | 'en';
  platformAdmin?: boolean;
  /** Memberships: organisation key → roles. Keys: the body's key, 'kristianstad', 'aarhus', 'supplier:<index>'. */
  memberships: Record<string, Role[]>;
  description: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    email: 'admin@sydupphandling.demo.tildel.se',
    name: 'Agnes Admin',
    locale: 'sv',
    memberships: { sydupphandling: ['org_admin'] },
    description: 'organisation admin, Sydupphandling',
  },
  {
    email: 'upphandlare@sydupphandling.demo.tildel.se',
    name: 'Ulf Upphandlare',
    locale: 'sv',
    memberships: { sydupphandling: ['procurement_officer'], kristianstad: ['procurement_officer'] },
    description: 'procurement officer, Sydupphandling and Kristianstad',
  },
  {
    email: 'kvalitet@sydupphandling.demo.tildel.se',
    name: 'Karin Kvalitet',
    locale: 'sv',
    memberships: { sydupphandling: ['quality_officer'] },
    description: 'quality officer, Sydupphandling',
  },
  {
    email: 'handlaggare@kristianstad.demo.tildel.se',
    name: 'Hanna Handläggare',
    locale: 'sv',
    memberships: { kristianstad: ['caseworker'] },
    description: 'caseworker, Kristianstad',
  },
  {
    email: 'bestallare@kristianstad.demo.tildel.se',
    name: 'Bertil Beställare',
    locale: 'sv',
    memberships: { kristianstad: ['buyer'] },
    description: 'buyer, Kristianstad',
  },
  {
    email: 'controller@kristianstad.demo.tildel.se',
    name: 'Cecilia Controller',
    locale: 'sv',
    memberships: { kristianstad: ['controller'] },
    description: 'controller, Kristianstad',
  },
  {
    email: 'admin@kristianstad.demo.tildel.se',
    name: 'Kristian Admin',
    locale: 'sv',
    memberships: { kristianstad: ['org_admin'] },
    description: 'organisation admin, Kristianstad',
  },
  {
    email: 'sagsbehandler@aarhus.demo.tildel.se',
    name: 'Sofie Sagsbehandler',
    locale: 'da',
    memberships: { aarhus: ['caseworker', 'buyer'] },
    description: 'caseworker and buyer, Aarhus (Danish)',
  },
  {
    email: 'matchteam@aarhus.demo.tildel.se',
    name: 'Mads Matchteam',
    locale: 'da',
    memberships: { aarhus: ['matching_officer'] },
    description: 'matching team, Aarhus (referrals, offer surveys, contracts; Danish)',
  },
  {
    email: 'leverantor@lindgarden.demo.tildel.se',
    name: 'Lena Leverantör',
    locale: 'sv',
    memberships: { 'supplier:0': ['supplier_user'] },
    description: 'supplier user, Lindgårdens HVB AB',
  },
  {
    email: 'admin@lindgarden.demo.tildel.se',
    name: 'Leo Leverantörsadmin',
    locale: 'sv',
    memberships: { 'supplier:0': ['supplier_admin', 'org_admin'] },
    description: 'supplier admin, Lindgårdens HVB AB',
  },
  // Three staffing firms admitted to Kristianstad's DPS, so a call-off can be bid on by three.
  {
    email: 'anbud@vagenvidare.demo.tildel.se',
    name: 'Vera Vidare',
    locale: 'sv',
    memberships: { 'supplier:1': ['supplier_admin'] },
    description: 'supplier admin, Vägen Vidare Omsorg AB (staffing)',
  },
  {
    email: 'anbud@socionomkraft.demo.tildel.se',
    name: 'Sven Kraft',
    locale: 'sv',
    memberships: { 'supplier:2': ['supplier_admin'] },
    description: 'supplier admin, Socionomkraft Bemanning AB (staffing)',
  },
  {
    email: 'anbud@hyrsocionomerna.demo.tildel.se',
    name: 'Hedda Hyr',
    locale: 'en',
    memberships: { 'supplier:7': ['supplier_admin'] },
    description: 'supplier admin, Hyrsocionomerna Syd AB (staffing, English)',
  },
  {
    email: 'platform@demo.tildel.se',
    name: 'Pia Plattform',
    locale: 'en',
    platformAdmin: true,
    memberships: {},
    description: 'platform administrator',
  },
];
