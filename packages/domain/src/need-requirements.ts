// The requirements a need proposes for its call-off (DOMAIN.md "How work flows" step 2): what the
// caseworker wrote in the need - education, years of experience, languages, target groups - is
// asked of the suppliers as must requirements, so the buyer does not type it again. Each keeps
// what it asks about, so a supplier's answer can be read from the consultant's CV or the home's
// profile instead of being typed again too.
import { EDUCATION_CODES, type EducationCode } from './consultant.ts';
import type { Criterion } from './evaluation/requirements.ts';
import type { Need } from './need.ts';

export const ASKED_ABOUT = ['education', 'experience', 'language', 'target_group'] as const;

/** What a requirement asks about, when it came from the need. */
export type RequirementAsks =
  | { about: 'education'; codes: EducationCode[] }
  | { about: 'experience'; area: string }
  | { about: 'language'; code: string }
  | { about: 'target_group'; code: string };

export interface NeedRequirement {
  asks: RequirementAsks;
  criterion: Criterion;
}

const YES_NO: Criterion = { kind: 'yes_no' };

/**
 * The need's own requirements, in the order the need states them. Several educations are
 * alternatives (any of them will do), so they make one requirement; no experience asked (0 years)
 * makes none.
 */
export function requirementsFromNeed(need: Need): NeedRequirement[] {
  const proposed: NeedRequirement[] = [];
  if (need.kind === 'staffing') {
    if (need.educationCodes.length > 0)
      proposed.push({
        asks: { about: 'education', codes: [...need.educationCodes] },
        criterion: YES_NO,
      });
    if (need.yearsOfExperience > 0)
      proposed.push({
        asks: { about: 'experience', area: need.area },
        criterion: { kind: 'minimum', minimum: need.yearsOfExperience },
      });
    for (const code of need.languages)
      proposed.push({ asks: { about: 'language', code }, criterion: YES_NO });
    return proposed;
  }
  for (const code of need.person.targetGroups)
    proposed.push({ asks: { about: 'target_group', code }, criterion: YES_NO });
  for (const code of need.person.languages)
    proposed.push({ asks: { about: 'language', code }, criterion: YES_NO });
  return proposed;
}

/** Whether a value sent as "asks" is one of the shapes above (input from the wire). */
export function isRequirementAsks(value: unknown): value is RequirementAsks {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v).sort().join(',');
  const text = (x: unknown) => typeof x === 'string' && x.trim() !== '' && x.length <= 100;
  switch (v.about) {
    case 'education':
      return (
        keys === 'about,codes' &&
        Array.isArray(v.codes) &&
        v.codes.length > 0 &&
        v.codes.every((c) => (EDUCATION_CODES as readonly unknown[]).includes(c))
      );
    case 'experience':
      return keys === 'about,area' && text(v.area);
    case 'language':
    case 'target_group':
      return keys === 'about,code' && text(v.code);
    default:
      return false;
  }
}

/** What a supplier offers: a consultant's CV, or a home's profile. */
export interface OfferedProfile {
  educations?: readonly { code: string }[];
  experience?: readonly { area: string; years: number }[];
  languages: readonly string[];
  targetGroups?: readonly string[];
}

/**
 * The answer the profile gives to what the requirement asks: yes/no, or the years in the area;
 * null when the profile does not say (a home has no education, a consultant no target groups).
 */
export function answerFromProfile(
  asks: RequirementAsks,
  profile: OfferedProfile,
): boolean | number | null {
  switch (asks.about) {
    case 'education':
      return profile.educations
        ? profile.educations.some((e) => (asks.codes as readonly string[]).includes(e.code))
        : null;
    case 'experience':
      return profile.experience
        ? (profile.experience.find((x) => x.area === asks.area)?.years ?? 0)
        : null;
    case 'language':
      return profile.languages.some((l) => l.toLowerCase() === asks.code.toLowerCase());
    case 'target_group':
      return profile.targetGroups ? profile.targetGroups.includes(asks.code) : null;
  }
}
