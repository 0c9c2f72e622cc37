// The need's own requirements (education, years, languages, target groups) proposed as the
// draft's must requirements, each with a box the buyer may clear. What stays ticked is sent with
// the new draft, in the buyer's language; in the draft it can be reworded or made a should.
import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Need } from '@tildel/domain/need';
import {
  requirementsFromNeed,
  type NeedRequirement,
  type RequirementAsks,
} from '@tildel/domain/need-requirements';
import { INTL_LOCALE } from '../../../i18n';
import { useLanguageName } from '../../../lib/language-name';
import { useTargetGroupLabel } from '../../../lib/target-groups';
import { isLocale } from '../../../lib/types';

export interface ProposedRequirement {
  level: 'must';
  title: string;
  criterion: NeedRequirement['criterion'];
  asks: RequirementAsks;
}

/** The need's requirements with their titles in the user's language (none while it loads). */
export function useProposedRequirements(need: Need | undefined): ProposedRequirement[] {
  const { t, i18n } = useTranslation();
  const languageName = useLanguageName();
  const targetGroup = useTargetGroupLabel();
  const locale = INTL_LOCALE[isLocale(i18n.language) ? i18n.language : 'en'];
  // Several educations are alternatives: "socionomexamen eller beteendevetare".
  const anyOf = new Intl.ListFormat(locale, { type: 'disjunction' });
  const titleOf = (asks: RequirementAsks): string => {
    switch (asks.about) {
      case 'education':
        return t('calloffs.proposed.education', {
          names: anyOf.format(asks.codes.map((c) => t(`needs.education.${c}`))),
        });
      case 'experience':
        return t('calloffs.proposed.experience');
      case 'language':
        return t('calloffs.proposed.language', { language: languageName(asks.code) });
      case 'target_group':
        return t('calloffs.proposed.targetGroup', { group: targetGroup(asks.code) });
    }
  };
  if (!need) return [];
  return requirementsFromNeed(need).map((r) => ({
    level: 'must',
    title: titleOf(r.asks),
    criterion: r.criterion,
    asks: r.asks,
  }));
}

export function NeedRequirementsProposal(props: {
  proposed: ProposedRequirement[];
  kept: readonly boolean[];
  onChange: (kept: boolean[]) => void;
}) {
  const { t } = useTranslation();
  if (props.proposed.length === 0) return null;
  return (
    <Checkbox.Group
      label={t('calloffs.proposed.label')}
      description={t('calloffs.proposed.description')}
      value={props.proposed.flatMap((_, i) => (props.kept[i] !== false ? [String(i)] : []))}
      onChange={(values) =>
        props.onChange(props.proposed.map((_, i) => values.includes(String(i))))
      }
    >
      <Stack gap={6} mt="xs">
        {props.proposed.map((r, i) => (
          <Checkbox
            key={i}
            value={String(i)}
            label={
              r.criterion.kind === 'minimum' ? (
                <Text span size="sm">
                  {t('calloffs.proposed.withMinimum', {
                    title: r.title,
                    minimum: r.criterion.minimum,
                  })}
                </Text>
              ) : (
                r.title
              )
            }
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
