// A need as read: the post, or the pseudonymised person and the scope.
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEFAULT_CATEGORIES } from '@tildel/domain/taxonomy';
import { useFormatters } from '../../../lib/format';
import { useLanguageName } from '../../../lib/language-name';
import { municipalityLabel } from '../../../lib/municipality-name';
import { useTargetGroupLabel } from '../../../lib/target-groups';
import { isLocale } from '../../../lib/types';
import type { Need } from './api';

export function NeedView({ need, caption }: { need: Need; caption: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const lang = isLocale(i18n.language) ? i18n.language : 'en';
  const targetGroupLabel = useTargetGroupLabel();
  const languageName = useLanguageName();
  const rows: [string, string][] =
    need.kind === 'staffing'
      ? [
          [t('needs.fields.role'), need.role],
          [
            t('needs.fields.area'),
            DEFAULT_CATEGORIES.find((c) => c.area === need.area)?.names[lang] ?? need.area,
          ],
          [
            t('needs.fields.education'),
            need.educationCodes.map((c) => t(`needs.education.${c}`)).join(', '),
          ],
          [t('needs.fields.yearsOfExperience'), f.number(need.yearsOfExperience)],
          [t('needs.fields.languages'), need.languages.map(languageName).join(', ')],
          [t('needs.fields.start'), f.date(need.start)],
          [t('needs.fields.end'), f.date(need.end)],
          [
            t('needs.fields.extentPercent'),
            t('needs.detail.percent', { value: need.extentPercent }),
          ],
          [t('needs.fields.placeOfWork'), need.placeOfWork],
          [t('needs.fields.remotePossible'), need.remotePossible ? t('needs.yes') : t('needs.no')],
          [t('needs.fields.positions'), f.number(need.positions)],
          [t('needs.fields.description'), need.description],
        ]
      : [
          [t('needs.fields.age'), f.number(need.person.age)],
          [t('needs.fields.gender'), t(`needs.gender.${need.person.gender}`)],
          [
            t('needs.fields.targetGroups'),
            need.person.targetGroups.map(targetGroupLabel).join(', '),
          ],
          [t('needs.fields.personNeeds'), need.person.needs],
          [t('needs.fields.languages'), need.person.languages.map(languageName).join(', ')],
          [
            t('needs.fields.homeMunicipality'),
            municipalityLabel(need.person.homeCountry, need.person.homeMunicipalityCode),
          ],
          [t('needs.fields.start'), f.date(need.start)],
          [
            t('needs.fields.expectedDurationDays'),
            t('needs.detail.days', { count: need.expectedDurationDays }),
          ],
          [t('needs.fields.intensity'), t(`needs.intensity.${need.intensity}`)],
          [
            t('needs.fields.hoursPerWeek'),
            need.hoursPerWeek === null ? '' : f.number(need.hoursPerWeek),
          ],
          [t('needs.fields.description'), need.description],
        ];
  return (
    <Table maw={720} variant="vertical" withTableBorder>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w={260}>
              {label}
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
