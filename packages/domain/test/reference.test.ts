import { describe, expect, it } from 'vitest';
import {
  distanceKm,
  findMunicipality,
  findMunicipalityByName,
  foldMunicipalityName,
  municipalities,
  type Municipality,
} from '../src/reference/municipalities.ts';
import type { Country } from '../src/country.ts';

function must(country: Country, code: string): Municipality {
  const found = findMunicipality(country, code);
  if (found === undefined) throw new Error(`no municipality ${country} ${code}`);
  return found;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

const decimals = (n: number): number => (String(n).split('.')[1] ?? '').length;

describe('the lists', () => {
  it('has exactly 290 Swedish and 98 Danish municipalities', () => {
    expect(municipalities('SE')).toHaveLength(290);
    expect(municipalities('DK')).toHaveLength(98);
    expect(municipalities()).toHaveLength(388);
    expect(municipalities('SE').every((m) => m.country === 'SE')).toBe(true);
    expect(municipalities('DK').every((m) => m.country === 'DK')).toBe(true);
  });

  it('has unique, well-formed codes, in code order', () => {
    for (const [country, pattern] of [
      ['SE', /^\d{4}$/],
      ['DK', /^\d{3}$/],
    ] as const) {
      const codes = municipalities(country).map((m) => m.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(pattern);
      expect([...codes].sort()).toEqual(codes);
    }
  });

  it('has unique names within each country, trimmed and without "kommun(e)"', () => {
    for (const country of ['SE', 'DK'] as const) {
      const names = municipalities(country).map((m) => m.name);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) {
        expect(name).toBe(name.trim());
        expect(name).not.toMatch(/kommune?$/i);
      }
    }
  });

  it('gives every Swedish municipality the county of the first two digits of its kommunkod', () => {
    for (const m of municipalities('SE')) {
      expect(m.regionCode, m.name).toBe(m.code.slice(0, 2));
      expect(m.regionName, m.name).toMatch(/ län$/);
    }
  });

  it('has the 21 Swedish counties, one name per code, with the right number of municipalities', () => {
    const se = municipalities('SE');
    const names = new Map<string, Set<string>>();
    for (const m of se)
      names.set(m.regionCode, (names.get(m.regionCode) ?? new Set()).add(m.regionName));
    expect(names.size).toBe(21);
    for (const set of names.values()) expect(set.size).toBe(1);
    expect(countBy(se, (m) => m.regionCode)).toEqual({
      '01': 26,
      '03': 8,
      '04': 9,
      '05': 13,
      '06': 13,
      '07': 8,
      '08': 12,
      '09': 1,
      '10': 5,
      '12': 33,
      '13': 6,
      '14': 49,
      '17': 16,
      '18': 12,
      '19': 10,
      '20': 15,
      '21': 10,
      '22': 7,
      '23': 8,
      '24': 15,
      '25': 14,
    });
    expect([...names].map(([code, set]) => `${code} ${[...set][0]}`)).toEqual(
      expect.arrayContaining([
        '01 Stockholms län',
        '03 Uppsala län',
        '04 Södermanlands län',
        '05 Östergötlands län',
        '06 Jönköpings län',
        '07 Kronobergs län',
        '08 Kalmar län',
        '09 Gotlands län',
        '10 Blekinge län',
        '12 Skåne län',
        '13 Hallands län',
        '14 Västra Götalands län',
        '17 Värmlands län',
        '18 Örebro län',
        '19 Västmanlands län',
        '20 Dalarnas län',
        '21 Gävleborgs län',
        '22 Västernorrlands län',
        '23 Jämtlands län',
        '24 Västerbottens län',
        '25 Norrbottens län',
      ]),
    );
  });

  it('has the five Danish regions with their DAGI codes and the right number of municipalities', () => {
    const dk = municipalities('DK');
    expect(countBy(dk, (m) => `${m.regionCode} ${m.regionName}`)).toEqual({
      '1081 Region Nordjylland': 11,
      '1082 Region Midtjylland': 19,
      '1083 Region Syddanmark': 22,
      '1084 Region Hovedstaden': 29,
      '1085 Region Sjælland': 17,
    });
  });

  it('leaves out Christiansø, which is not a municipality', () => {
    expect(findMunicipality('DK', '411')).toBeUndefined();
    expect(findMunicipalityByName('DK', 'Christiansø')).toBeUndefined();
  });

  it("puts every seat inside its country's bounding box, with at most 4 decimals", () => {
    const box = {
      SE: { lat: [55.3, 69.1], lon: [10.9, 24.2] },
      DK: { lat: [54.5, 57.8], lon: [8.0, 15.2] }, // including Bornholm
    } as const;
    for (const m of municipalities()) {
      const { lat, lon } = box[m.country];
      expect(m.lat, m.name).toBeGreaterThanOrEqual(lat[0]);
      expect(m.lat, m.name).toBeLessThanOrEqual(lat[1]);
      expect(m.lon, m.name).toBeGreaterThanOrEqual(lon[0]);
      expect(m.lon, m.name).toBeLessThanOrEqual(lon[1]);
      expect(decimals(m.lat), m.name).toBeLessThanOrEqual(4);
      expect(decimals(m.lon), m.name).toBeLessThanOrEqual(4);
    }
  });

  it('hands out frozen records', () => {
    const stockholm = must('SE', '0180');
    expect(Object.isFrozen(stockholm)).toBe(true);
    expect(Object.isFrozen(municipalities('SE'))).toBe(true);
  });
});

describe('spot checks against SCB and Danmarks Statistik', () => {
  it.each([
    ['0180', 'Stockholm', '01', 'Stockholms län'],
    ['0114', 'Upplands Väsby', '01', 'Stockholms län'],
    ['0139', 'Upplands-Bro', '01', 'Stockholms län'],
    ['0140', 'Nykvarn', '01', 'Stockholms län'],
    ['0330', 'Knivsta', '03', 'Uppsala län'],
    ['0380', 'Uppsala', '03', 'Uppsala län'],
    ['0461', 'Gnesta', '04', 'Södermanlands län'],
    ['0488', 'Trosa', '04', 'Södermanlands län'],
    ['0980', 'Gotland', '09', 'Gotlands län'],
    ['1280', 'Malmö', '12', 'Skåne län'],
    ['1281', 'Lund', '12', 'Skåne län'],
    ['1290', 'Kristianstad', '12', 'Skåne län'],
    ['1293', 'Hässleholm', '12', 'Skåne län'],
    ['1256', 'Östra Göinge', '12', 'Skåne län'],
    ['1443', 'Bollebygd', '14', 'Västra Götalands län'],
    ['1480', 'Göteborg', '14', 'Västra Götalands län'],
    ['1438', 'Dals-Ed', '14', 'Västra Götalands län'],
    ['1814', 'Lekeberg', '18', 'Örebro län'],
    ['2023', 'Malung-Sälen', '20', 'Dalarnas län'],
    ['2584', 'Kiruna', '25', 'Norrbottens län'],
  ])('SE %s is %s in %s %s', (code, name, regionCode, regionName) => {
    expect(must('SE', code)).toMatchObject({ country: 'SE', code, name, regionCode, regionName });
  });

  it.each([
    ['101', 'København', '1084', 'Region Hovedstaden'],
    ['147', 'Frederiksberg', '1084', 'Region Hovedstaden'],
    ['400', 'Bornholm', '1084', 'Region Hovedstaden'],
    ['173', 'Lyngby-Taarbæk', '1084', 'Region Hovedstaden'],
    ['253', 'Greve', '1085', 'Region Sjælland'],
    ['265', 'Roskilde', '1085', 'Region Sjælland'],
    ['376', 'Guldborgsund', '1085', 'Region Sjælland'],
    ['461', 'Odense', '1083', 'Region Syddanmark'],
    ['492', 'Ærø', '1083', 'Region Syddanmark'],
    ['630', 'Vejle', '1083', 'Region Syddanmark'],
    ['615', 'Horsens', '1082', 'Region Midtjylland'],
    ['751', 'Aarhus', '1082', 'Region Midtjylland'],
    ['766', 'Hedensted', '1082', 'Region Midtjylland'],
    ['820', 'Vesthimmerlands', '1081', 'Region Nordjylland'],
    ['851', 'Aalborg', '1081', 'Region Nordjylland'],
  ])('DK %s is %s in %s %s', (code, name, regionCode, regionName) => {
    expect(must('DK', code)).toMatchObject({ country: 'DK', code, name, regionCode, regionName });
  });

  it('puts Bornholm east of the rest of Denmark, and Kiruna north of the rest of Sweden', () => {
    const bornholm = must('DK', '400');
    expect(municipalities('DK').every((m) => m === bornholm || m.lon < bornholm.lon)).toBe(true);
    const kiruna = must('SE', '2584');
    expect(municipalities('SE').every((m) => m === kiruna || m.lat < kiruna.lat)).toBe(true);
  });
});

describe('findMunicipality', () => {
  it('finds by exact code and forgives leading zeros', () => {
    expect(findMunicipality('SE', '0180')?.name).toBe('Stockholm');
    expect(findMunicipality('SE', '180')?.name).toBe('Stockholm');
    expect(findMunicipality('SE', ' 1290 ')?.name).toBe('Kristianstad');
    expect(findMunicipality('DK', '101')?.name).toBe('København');
    expect(findMunicipality('DK', '0101')?.name).toBe('København'); // DAWA writes four digits
  });

  it('finds nothing for unknown, malformed or other-country codes', () => {
    expect(findMunicipality('SE', '9999')).toBeUndefined();
    expect(findMunicipality('SE', '')).toBeUndefined();
    expect(findMunicipality('SE', '01 80')).toBeUndefined();
    expect(findMunicipality('SE', '-180')).toBeUndefined();
    expect(findMunicipality('DK', '0180')).toBeUndefined();
    expect(findMunicipality('SE', '101')).toBeUndefined();
  });

  it('finds every municipality by its own code', () => {
    for (const m of municipalities()) expect(findMunicipality(m.country, m.code)).toBe(m);
  });
});

describe('findMunicipalityByName', () => {
  it.each([
    ['SE', 'Malmö', '1280'],
    ['SE', 'malmö', '1280'],
    ['SE', 'MALMÖ', '1280'],
    ['SE', 'Malmo', '1280'],
    ['SE', 'Malmoe', '1280'],
    ['SE', 'goteborg', '1480'],
    ['SE', 'Upplands väsby', '0114'],
    ['SE', 'upplands-vasby', '0114'],
    ['SE', 'Upplands Bro', '0139'],
    ['SE', '  Östra   Göinge ', '1256'],
    ['SE', 'Malmö kommun', '1280'],
    ['SE', 'Stockholms kommun', '0180'],
    ['SE', 'Kristianstads kommun', '1290'],
    ['SE', 'Borås kommun', '1490'],
    ['DK', 'København', '101'],
    ['DK', 'Kobenhavn', '101'],
    ['DK', 'Koebenhavn', '101'],
    ['DK', 'Københavns Kommune', '101'],
    ['DK', 'Århus', '751'],
    ['DK', 'aarhus', '751'],
    ['DK', 'Taarnby', '185'],
    ['DK', 'Tarnby', '185'],
    ['DK', 'Lyngby-Tårbæk', '173'],
    ['DK', 'Høje Taastrup', '169'],
    ['DK', 'Aeroe', '492'],
    ['DK', 'Bornholms Regionskommune', '400'],
    ['DK', 'Nordfyn', '480'],
    ['DK', 'Vesthimmerland Kommune', '820'],
  ] as const)('%s "%s" is %s', (country, name, code) => {
    expect(findMunicipalityByName(country, name)?.code).toBe(code);
  });

  it('finds nothing in the wrong country or for unknown names', () => {
    expect(findMunicipalityByName('DK', 'Malmö')).toBeUndefined();
    expect(findMunicipalityByName('SE', 'København')).toBeUndefined();
    expect(findMunicipalityByName('SE', 'Atlantis')).toBeUndefined();
    expect(findMunicipalityByName('SE', '')).toBeUndefined();
  });

  it('finds every municipality by its own name, in any case', () => {
    for (const m of municipalities()) {
      expect(findMunicipalityByName(m.country, m.name)).toBe(m);
      expect(findMunicipalityByName(m.country, m.name.toUpperCase())).toBe(m);
      expect(findMunicipalityByName(m.country, m.name.toLowerCase())).toBe(m);
    }
  });

  it('tells Håbo from Habo, the only two names that fold together', () => {
    for (const country of ['SE', 'DK'] as const) {
      const groups = new Map<string, string[]>();
      for (const m of municipalities(country)) {
        const key = foldMunicipalityName(m.name);
        groups.set(key, [...(groups.get(key) ?? []), m.name]);
      }
      const shared = [...groups.values()].filter((names) => names.length > 1);
      expect(shared).toEqual(country === 'SE' ? [['Håbo', 'Habo']] : []);
    }
    expect(findMunicipalityByName('SE', 'Håbo')?.code).toBe('0305');
    expect(findMunicipalityByName('SE', 'HÅBO kommun')?.code).toBe('0305');
    expect(findMunicipalityByName('SE', 'Habo')?.code).toBe('0643');
    expect(findMunicipalityByName('SE', 'habo')?.code).toBe('0643');
    expect(findMunicipalityByName('SE', 'Haabo')).toBeUndefined(); // ambiguous once folded
  });
});

describe('distanceKm', () => {
  const malmo = must('SE', '1280');
  const lund = must('SE', '1281');
  const kristianstad = must('SE', '1290');
  const hassleholm = must('SE', '1293');
  const kobenhavn = must('DK', '101');
  const aarhus = must('DK', '751');

  it('measures known distances between seats', () => {
    const malmoLund = distanceKm(malmo, lund);
    expect(malmoLund).toBeGreaterThanOrEqual(16);
    expect(malmoLund).toBeLessThanOrEqual(18);
    const kristianstadHassleholm = distanceKm(kristianstad, hassleholm);
    expect(kristianstadHassleholm).toBeGreaterThanOrEqual(25);
    expect(kristianstadHassleholm).toBeLessThanOrEqual(30);
    const kobenhavnAarhus = distanceKm(kobenhavn, aarhus);
    expect(kobenhavnAarhus).toBeGreaterThanOrEqual(150);
    expect(kobenhavnAarhus).toBeLessThanOrEqual(160);
  });

  it('is symmetric, zero to itself, and rounded to 0.1 km', () => {
    expect(distanceKm(malmo, lund)).toBe(distanceKm(lund, malmo));
    expect(distanceKm(malmo, malmo)).toBe(0);
    for (const d of [distanceKm(malmo, lund), distanceKm(kobenhavn, aarhus)]) {
      expect(Math.round(d * 10) / 10).toBe(d);
    }
  });

  it('is the great-circle distance', () => {
    // One degree along a meridian on the mean sphere (R = 6371.0088 km) is 111.2 km.
    expect(distanceKm({ lat: 56, lon: 13 }, { lat: 57, lon: 13 })).toBe(111.2);
    // Across the Øresund: Malmö–København is about 28 km as the crow flies.
    const oresund = distanceKm(malmo, kobenhavn);
    expect(oresund).toBeGreaterThan(25);
    expect(oresund).toBeLessThan(30);
  });

  it('orders places by nearness', () => {
    const fromMalmo = [kristianstad, kobenhavn, lund, aarhus]
      .map((m) => ({ name: m.name, km: distanceKm(malmo, m) }))
      .sort((a, b) => a.km - b.km)
      .map((x) => x.name);
    expect(fromMalmo).toEqual(['Lund', 'København', 'Kristianstad', 'Aarhus']);
  });
});
