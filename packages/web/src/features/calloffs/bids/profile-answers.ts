// Answers read from what the supplier offers: a requirement proposed from the need (it says what
// it asks about) is answered from the chosen consultant's CV or home's profile, so the supplier
// checks the answers instead of typing them. Answers the supplier has set by hand are kept.
import {
  answerFromProfile,
  type OfferedProfile,
  type RequirementAsks,
} from '@tildel/domain/need-requirements';
import type { Tender } from '../tenders/api';

type Answer = boolean | number;

/** The answers the profile gives, by requirement id, where they fit the requirement's criterion. */
export function answersFromProfile(
  requirements: Tender['requirements'],
  profile: OfferedProfile,
): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const r of requirements) {
    // The server gives only well-formed asks (isRequirementAsks), or null.
    if (!r.asks) continue;
    const answer = answerFromProfile(r.asks as RequirementAsks, profile);
    if (answer === null) continue;
    if ((r.criterion.kind === 'yes_no') !== (typeof answer === 'boolean')) continue;
    answers[r.id] = answer;
  }
  return answers;
}
