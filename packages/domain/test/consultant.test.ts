import { describe, expect, it } from 'vitest';
import { consultantProblems, MAX_YEARS_IN_AREA } from '../src/consultant.ts';

const NOW = 2026;

describe('a consultant’s CV', () => {
  it('is fine with a socionomexamen taken this year and experience in two areas', () => {
    expect(
      consultantProblems(
        {
          educations: [{ code: 'socionomexamen', year: NOW }],
          experience: [
            { area: 'children_youth', years: 6 },
            { area: 'adult_addiction', years: 2 },
          ],
        },
        NOW,
      ),
    ).toEqual([]);
  });

  it('cannot hold a degree taken in a future year', () => {
    expect(
      consultantProblems(
        { educations: [{ code: 'socionomexamen', year: NOW + 1 }], experience: [] },
        NOW,
      ),
    ).toEqual([{ field: 'educations.0.year', reason: 'in_future' }]);
  });

  it('cannot hold a degree from before anyone now working took one', () => {
    expect(
      consultantProblems({ educations: [{ code: 'other', year: 1900 }], experience: [] }, NOW),
    ).toEqual([{ field: 'educations.0.year', reason: 'too_early' }]);
  });

  it('counts each area of work once', () => {
    expect(
      consultantProblems(
        {
          educations: [],
          experience: [
            { area: 'children_youth', years: 3 },
            { area: 'children_youth', years: 4 },
          ],
        },
        NOW,
      ),
    ).toEqual([{ field: 'experience.1.area', reason: 'duplicate_area' }]);
  });

  it('refuses more years in an area than a working life holds', () => {
    expect(
      consultantProblems(
        { educations: [], experience: [{ area: 'disability', years: MAX_YEARS_IN_AREA + 1 }] },
        NOW,
      ),
    ).toEqual([{ field: 'experience.0.years', reason: 'too_many_years' }]);
  });
});
