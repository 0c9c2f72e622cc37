// Swedish and Danish municipalities as reference data: official codes, names, region and the
// position of each municipal seat. The data lives in the JSON files beside this module; where it
// comes from, and under which terms, is in README.md in this folder.
import seData from './municipalities-se.json' with { type: 'json' };
import dkData from './municipalities-dk.json' with { type: 'json' };
import type { Country } from '../country.ts';

export type Municipality = {
  country: Country;
  /** SE: SCB kommunkod, 4 digits ("0180"); DK: kommunekode, 3 digits ("101"). */
  code: string;
  /** The name as the statistics office writes it, without "kommun"/"kommune" ("Upplands Väsby", "København"). */
  name: string;
  /** SE: län code, 2 digits ("12"); DK: DAGI regionskode, 4 digits ("1084"). */
  regionCode: string;
  /** SE: "Skåne län"; DK: "Region Hovedstaden". */
  regionName: string;
  /** WGS84 latitude of the municipal seat, 4 decimals (about 11 m). */
  lat: number;
  /** WGS84 longitude of the municipal seat, 4 decimals. */
  lon: number;
};

/** Anything with a WGS84 position: a municipality, a supplier's address, a place of delivery. */
export type Position = { lat: number; lon: number };

type Row = {
  code: string;
  name: string;
  regionCode: string;
  regionName: string;
  lat: number;
  lon: number;
};

function load(country: Country, rows: readonly Row[]): readonly Municipality[] {
  return Object.freeze(
    rows.map((row) =>
      Object.freeze({
        country,
        code: row.code,
        name: row.name,
        regionCode: row.regionCode,
        regionName: row.regionName,
        lat: row.lat,
        lon: row.lon,
      }),
    ),
  );
}

const byCountry: Readonly<Record<Country, readonly Municipality[]>> = {
  SE: load('SE', seData.municipalities),
  DK: load('DK', dkData.municipalities),
};

const all: readonly Municipality[] = Object.freeze([...byCountry.SE, ...byCountry.DK]);

const byCode = new Map<string, Municipality>(all.map((m) => [`${m.country}:${m.code}`, m]));

/**
 * Folds a name for comparison: case, diacritics and the usual ASCII spellings of Nordic letters
 * all compare equal, so "malmo", "MALMÖ", "Koebenhavn", "Kobenhavn", "Århus"/"Aarhus" and
 * "Tarnby"/"Taarnby" find their municipality. Hyphens and spaces count the same.
 */
export function foldMunicipalityName(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '') // å → a, ä → a, ö → o, é → e (the combining marks NFKD split off)
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/aa/g, 'a') // Danish å written "aa" (Aarhus, Taarnby)
    .replace(/ae/g, 'a') // ä/æ written "ae"
    .replace(/oe/g, 'o') // ö/ø written "oe"
    .replace(/[\s\-‐–—_.,']+/g, ' ')
    .trim();
}

/** Case-insensitive, diacritics kept; hyphens and runs of spaces count as one space. */
function plainName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-‐–—_.,']+/g, ' ')
    .trim();
}

const byPlainName = new Map<string, Municipality>();
const byFoldedName = new Map<string, Municipality[]>();
for (const m of all) {
  const plain = `${m.country}:${plainName(m.name)}`;
  if (byPlainName.has(plain)) throw new Error(`Two municipalities share the name ${plain}`);
  byPlainName.set(plain, m);
  const folded = `${m.country}:${foldMunicipalityName(m.name)}`;
  byFoldedName.set(folded, [...(byFoldedName.get(folded) ?? []), m]);
}

/** All municipalities of one country, or of both (Sweden first), ordered by code. */
export function municipalities(country?: Country): readonly Municipality[] {
  return country === undefined ? all : byCountry[country];
}

/**
 * The municipality with this official code. Leading zeros are forgiving where the registers
 * differ: "180" finds Stockholm (0180); DAWA's four-digit "0101" finds København (101).
 */
export function findMunicipality(country: Country, code: string): Municipality | undefined {
  const digits = code.trim();
  if (!/^\d{1,4}$/.test(digits)) return undefined;
  const normalised =
    country === 'SE' ? digits.padStart(4, '0') : String(Number(digits)).padStart(3, '0');
  return byCode.get(`${country}:${normalised}`);
}

/** The name as written, then without "kommun(e)", then with the genitive -s dropped or added. */
function nameCandidates(normalised: string): string[] {
  const bare = normalised.replace(/ (regionskommune|kommune|kommun)$/, '');
  // "Stockholms kommun" → Stockholm; "Nordfyn" → Nordfyns, "Vesthimmerland" → Vesthimmerlands.
  const genitive = bare.endsWith('s') ? bare.slice(0, -1) : `${bare}s`;
  return [normalised, bare, genitive];
}

/**
 * The municipality with this name, compared case-insensitively and diacritics-aware. A name as
 * written (any case) wins; otherwise diacritics and ASCII spellings are folded away (see
 * foldMunicipalityName), but only an unambiguous folded match counts: "Habo" is Habo (0643) and
 * "Håbo" is Håbo (0305), while "Haabo" finds neither. A trailing "kommun"/"kommune"/
 * "regionskommune" and the genitive -s of the official long form are accepted: "Malmö kommun",
 * "Københavns Kommune", "Bornholms Regionskommune".
 */
export function findMunicipalityByName(country: Country, name: string): Municipality | undefined {
  for (const candidate of nameCandidates(plainName(name))) {
    const found = byPlainName.get(`${country}:${candidate}`);
    if (found !== undefined) return found;
  }
  for (const candidate of nameCandidates(foldMunicipalityName(name))) {
    const found = byFoldedName.get(`${country}:${candidate}`);
    if (found !== undefined) return found.length === 1 ? found[0] : undefined;
  }
  return undefined;
}

const EARTH_RADIUS_KM = 6371.0088; // IUGG mean radius

/**
 * Great-circle (haversine) distance in kilometres between two positions, rounded to 0.1 km.
 *
 * Straight-line distance is good enough for ordering suppliers by nearness: a buyer needs the
 * ranking ("which suppliers are closest to this municipality"), not a travel time. Road distance
 * in Sweden and Denmark is roughly a constant factor (about 1.2–1.4) of the straight line, so the
 * order mostly survives; the positions are municipal seats, which already carry a few kilometres
 * of uncertainty about where the person or the work actually is; and it needs no routing service,
 * so it is fast, deterministic and works offline. Where water lies between (Gotland, Bornholm,
 * the Danish islands, Øresund) the straight line understates the journey: anything that needs
 * real travel time or cost must ask a routing service instead.
 */
export function distanceKm(a: Position, b: Position): number {
  const toRad = (degrees: number): number => (degrees * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  const km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  return Math.round(km * 10) / 10;
}
