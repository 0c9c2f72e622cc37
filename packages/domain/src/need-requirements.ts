// The requirements a need proposes for its call-off (DOMAIN.md "How work flows" step 2): what the
// caseworker wrote in the need - education, years of experience, languages, target groups - is
// asked of the suppliers as must requirements, so the buyer does not type it again. The buyer
// may drop one, make it a should requirement or change its wording in the draft.
import type { EducationCode } from './consultant.ts';
import type { Need } from './need.ts';
import type { Criterion } from './evaluation/requirements.ts';

export type NeedRequirement =
  | { about: 'education'; codes: readonly EducationCode[]; criterion: Criterion }
  | { about: 'experience'; years: number; criterion: Criterion }
  | { about: 'language'; code: string; criterion: Criterion }
  | { about: 'target_group'; code: string; criterion: Criterion };

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
      proposed.push({ about: 'education', codes: need.educationCodes, criterion: YES_NO });
    if (need.yearsOfExperience > 0)
      proposed.push({
        about: 'experience',
        years: need.yearsOfExperience,
        criterion: { kind: 'minimum', minimum: need.yearsOfExperience },
      });
    for (const code of need.languages)
      proposed.push({ about: 'language', code, criterion: YES_NO });
    return proposed;
  }
  for (const code of need.person.targetGroups)
    proposed.push({ about: 'target_group', code, criterion: YES_NO });
  for (const code of need.person.languages)
    proposed.push({ about: 'language', code, criterion: YES_NO });
  return proposed;
}
