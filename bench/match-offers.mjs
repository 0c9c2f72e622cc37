// Benchmark of the pure matching rules (packages/domain/src/matching/match.ts): matchOffers over
// 20,000 and 40,000 generated offers, in two mixes: "mixed" (offers of every service kind, age
// range, approval, capacity; about one in eighty fits) and "all fit" (every offer passes the constraints,
// so every one is scored and sorted: the worst case); each building everything (every proposal
// and exclusion explained) and only the best 100 of each (MatchOptions, as a page does). Prints p50
// and p95 in ms over 50 runs after 10 warm-up runs, wall-clock and the main thread's CPU time
// (process.threadCpuUsage: on a shared machine the time the thread waits for a core is left
// out), and a calibration loop to read the machine's load by. The server's own benchmark (bench/matching.mjs) adds loading the offers.
// Run: node_modules/.bin/node bench/match-offers.mjs
import { matchOffers } from '../packages/domain/src/matching/match.ts';
import { DEFAULT_MATCH_WEIGHTS } from '../packages/domain/src/matching/weights.ts';

/** The figures go to standard output, as every benchmark here prints them. */
const print = (line) => process.stdout.write(`${line}\n`);

const KINDS = ['open_care', 'botilbud', 'hvb', 'supported_housing', 'supervision'];
const GROUPS = ['children_0_12', 'youth_13_17', 'young_adults_18_25', 'addiction', 'psychiatric'];
const THEMES = {
  education_employment: 4,
  independence_relations: 4,
  target_group_methods_results: 5,
  health_wellbeing: 4,
  organisation_management: 3,
  competences: 4,
  physical_setting: 4,
};

// A small deterministic generator (mulberry32), so every run sees the same offers.
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function offers(count, allFit) {
  const rnd = random(count + (allFit ? 1 : 0));
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const now = Date.parse('2027-01-04T09:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const ageMin = allFit ? 0 : pick([0, 6, 13, 18]);
    return {
      establishmentId: `e${i}`,
      supplierId: `s${i % 2000}`,
      supplierName: `Supplier ${i % 2000}`,
      name: `Offer ${i}`,
      country: 'DK',
      form: 'team',
      serviceKind: allFit ? 'open_care' : pick(KINDS),
      legalBases: allFit || rnd() < 0.7 ? ['dk_bl_32', 'dk_sel_85'] : ['dk_sel_107'],
      targetGroups: allFit ? ['children_0_12'] : [pick(GROUPS), pick(GROUPS)],
      ageMin,
      ageMax: ageMin + 17,
      gender: allFit || rnd() < 0.8 ? 'any' : 'male',
      languages: rnd() < 0.9 || allFit ? ['da', 'en'] : ['sv'],
      methods: ['PMTO'],
      location: { lat: 54.8 + rnd() * 2.8, lon: 8.2 + rnd() * 4.3 },
      placesTotal: 0,
      placesFree: 0,
      nextFreeOn: allFit || rnd() < 0.9 ? null : '2027-03-01',
      tariffs: [
        {
          unit: 'hour',
          price: { amount: 50_000 + Math.floor(rnd() * 40_000), currency: 'DKK' },
          validFrom: '2026-01-01',
        },
      ],
      approval: allFit || rnd() < 0.95 ? 'approved' : 'not_approved',
      approvedOn: '2024-01-01',
      themeScores: rnd() < 0.9 ? THEMES : null,
      assessedOn: '2025-06-01',
      confirmedAt: rnd() < 0.05 ? null : new Date(now - Math.floor(rnd() * 60) * 86_400_000),
      blocked: allFit || rnd() < 0.98 ? null : 'hidden',
      routes: allFit || rnd() < 0.9 ? [{ kind: 'agreement', agreementId: 'a1', name: 'A' }] : [],
      followup: {
        openCorrections: rnd() < 0.1 ? 1 : 0,
        findings: rnd() < 0.2 ? 2 : 0,
        staffListPassed: rnd() < 0.5 ? true : null,
      },
    };
  });
}

const referral = {
  caseReference: 'AAR-1',
  country: 'DK',
  serviceKind: 'open_care',
  legalBasis: 'dk_bl_32',
  startOn: '2027-01-11',
  expectedDurationDays: 182,
  intensity: { kind: 'hours_per_week', hoursPerWeek: 4 },
  urgency: 'later',
  origin: { lat: 56.1529, lon: 10.2039 },
  currency: 'DKK',
  person: {
    age: 10,
    gender: 'female',
    targetGroups: ['children_0_12'],
    needs: '',
    languages: ['da'],
    siblingCaseReferences: [],
    homeMunicipalityCode: '751',
    preferredArea: null,
  },
};
const context = {
  now: new Date('2027-01-04T09:00:00Z'),
  freshnessLimitDays: 30,
  allowOutsideAgreements: false,
  weights: DEFAULT_MATCH_WEIGHTS,
  continuity: { establishmentIds: new Set(['e7']), supplierIds: new Set(['s9']) },
};

function measure(list, options) {
  let result;
  for (let i = 0; i < 10; i += 1) result = matchOffers(referral, list, context, options);
  const wall = [];
  const cpu = [];
  for (let i = 0; i < 50; i += 1) {
    const c0 = process.threadCpuUsage();
    const t0 = process.hrtime.bigint();
    result = matchOffers(referral, list, context, options);
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.threadCpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const at = (times, q) =>
    [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor(q * times.length))];
  return {
    p50: at(wall, 0.5),
    p95: at(wall, 0.95),
    cpu50: at(cpu, 0.5),
    cpu95: at(cpu, 0.95),
    fitting: result.fitting,
  };
}

// How loaded the machine is: a loop that takes about 8 ms, wall and CPU, on a quiet laptop. Its
// CPU time shows how much slower a core is now (shared with other work); divide by it.
function calibration() {
  const c0 = process.threadCpuUsage();
  const t0 = process.hrtime.bigint();
  let sum = 0;
  for (let i = 0; i < 1e7; i += 1) sum += i % 7;
  if (sum < 0) throw new Error('unreachable');
  const c = process.threadCpuUsage(c0);
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  return `wall ${wall.toFixed(1)} ms, CPU ${((c.user + c.system) / 1000).toFixed(1)} ms`;
}
calibration();
print(`calibration loop: ${calibration()} (about 8 ms each on a quiet machine)`);

const BUILD = {
  everything: {},
  'best 100': { limit: 100, exclusionLimit: 100 },
};
const figures = {};
for (const [build, options] of Object.entries(BUILD)) {
  for (const allFit of [false, true]) {
    for (const count of [20_000, 40_000]) {
      const r = measure(offers(count, allFit), options);
      const label = `${build}, ${allFit ? 'all fit' : 'mixed'} ${count}`;
      figures[label] = r;
      print(
        `${label.padEnd(28)} wall p50 ${r.p50.toFixed(2).padStart(7)} ms, ` +
          `p95 ${r.p95.toFixed(2).padStart(7)} ms; main-thread CPU p50 ` +
          `${r.cpu50.toFixed(2).padStart(7)} ms, p95 ${r.cpu95.toFixed(2).padStart(7)} ms ` +
          `(${r.fitting} fit)`,
      );
    }
  }
}
for (const build of Object.keys(BUILD)) {
  for (const mix of ['mixed', 'all fit']) {
    const ratio = figures[`${build}, ${mix} 40000`].cpu50 / figures[`${build}, ${mix} 20000`].cpu50;
    print(`${build}, ${mix}: CPU p50 at 40,000 / at 20,000 = ${ratio.toFixed(2)}`);
  }
}
print(`calibration loop: ${calibration()}`);
