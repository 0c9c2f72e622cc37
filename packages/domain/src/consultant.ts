// A consultant offered for staffing (a hired social worker): education, experience per area of
// work, languages, availability. These rules decide what a believable CV may say.

/** Educations a buyer asks for; 'other' is anything else, described by the supplier. */
export const EDUCATION_CODES = [
  'socionomexamen',
  'socialradgiver',
  'beteendevetare',
  'other',
] as const;
export type EducationCode = (typeof EDUCATION_CODES)[number];

/** Nobody has a longer working life than this in one area. */
export const MAX_YEARS_IN_AREA = 50;
/** Degrees older than this are not plausible for someone still working. */
export const EARLIEST_EDUCATION_YEAR = 1960;

export interface Education {
  code: EducationCode;
  year: number;
}

export interface Experience {
  area: string;
  years: number;
}

export type ConsultantProblem =
  | { field: `educations.${number}.year`; reason: 'in_future' | 'too_early' }
  | { field: `experience.${number}.area`; reason: 'duplicate_area' }
  | { field: `experience.${number}.years`; reason: 'too_many_years' };

/**
 * What is wrong with a consultant's educations and experience, per field. A degree cannot be
 * taken in a future year; each area of work is counted once (years are summed by the supplier,
 * not by us, so two rows for one area would double-count).
 */
export function consultantProblems(
  input: { educations: readonly Education[]; experience: readonly Experience[] },
  currentYear: number,
): ConsultantProblem[] {
  const problems: ConsultantProblem[] = [];
  input.educations.forEach((e, i) => {
    if (e.year > currentYear) problems.push({ field: `educations.${i}.year`, reason: 'in_future' });
    else if (e.year < EARLIEST_EDUCATION_YEAR)
      problems.push({ field: `educations.${i}.year`, reason: 'too_early' });
  });
  const seen = new Set<string>();
  input.experience.forEach((x, i) => {
    if (seen.has(x.area))
      problems.push({ field: `experience.${i}.area`, reason: 'duplicate_area' });
    seen.add(x.area);
    if (x.years > MAX_YEARS_IN_AREA)
      problems.push({ field: `experience.${i}.years`, reason: 'too_many_years' });
  });
  return problems;
}
