// The demo world: a joint procurement body in southern Sweden with member municipalities from
// Skåne, Halland and Kronoberg, Kristianstad running its own procurement too, a Danish
// municipality, and about 40 clearly fictional suppliers. Municipal codes are the official ones
// (packages/domain/src/reference); organisation numbers other than Kristianstad's and Aarhus's are
// made up, with valid check digits.
import type { Role } from '@tildel/domain/permissions';

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

const SE_SUPPLIER_NAMES = [
  'Lindgårdens HVB AB',
  'Vägen Vidare Omsorg AB',
  'Socionomkraft Bemanning AB',
  'Ekbackens Stödboende AB',
  'Fyrbåken Familjehem AB',
  'Tallstigen Behandling AB',
  'Klövervallens HVB AB',
  'Hyrsocionomerna Syd AB',
  'Stenbrons Öppenvård AB',
  'Havsbrisens Ungdomshem AB',
  'Ljungheden Omsorg AB',
  'Björkhagens Stödboende AB',
  'Socialkompetens Norden AB',
  'Solrosens Familjestöd AB',
  'Kvarnbäckens Behandlingshem AB',
  'Granliden HVB AB',
  'Ankaret Handledning AB',
  'Mosstorpets Stödboende AB',
  'Lärkträdets Öppenvård AB',
  'Bryggans Ungdomsboende AB',
  'Vitsippans Omsorg AB',
  'Fältsocionomerna Skåne AB',
  'Ängsbackens HVB AB',
  'Tryggboende Halland AB',
  'Kronobergs Stödteam AB',
  'Ekolodets Handledning AB',
  'Blåklintens Familjehem AB',
  'Sjöbodens Behandling AB',
  'Socionomjouren Syd AB',
  'Hagtornets Stödboende AB',
  'Gläntans HVB AB',
  'Vindrosens Öppenvård AB',
  'Nyckelpigans Familjestöd AB',
  'Strandängens Ungdomshem AB',
];

const DK_SUPPLIER_NAMES = [
  'Bøgely Botilbud ApS',
  'Engblommen Socialpædagogik ApS',
  'Fjordlys Bosted ApS',
  'Vikarsocialrådgiverne Jylland ApS',
  'Lyngbakken Opholdssted ApS',
  'Havnely Støttecenter ApS',
];

export interface DemoSupplier {
  name: string;
  country: 'SE' | 'DK';
  /** First digits; the check digit is computed. */
  stem: string;
}

export const DEMO_SUPPLIERS: DemoSupplier[] = [
  ...SE_SUPPLIER_NAMES.map((name, i) => ({
    name,
    country: 'SE' as const,
    stem: `5590${String(10001 + i * 37).padStart(5, '0')}`,
  })),
  ...DK_SUPPLIER_NAMES.map((name, i) => ({
    name,
    country: 'DK' as const,
    stem: String(4100001 + i * 1013),
  })),
];

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
  {
    email: 'platform@demo.tildel.se',
    name: 'Pia Plattform',
    locale: 'en',
    platformAdmin: true,
    memberships: {},
    description: 'platform administrator',
  },
];
