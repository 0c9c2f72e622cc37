// The offer survey's evidence pack (issue 12) as a PDF in each language, for the matching team to
// hand an auditor or a complaints board: what was considered, asked, answered, negotiated and
// chosen, as it happened.
import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const LANGUAGES = ['sv', 'da', 'en'] as const;

export function evidencePackUrl(orgId: string, referralId: string, locale: string): string {
  return `/api/organisations/${orgId}/referrals/${referralId}/evidence.pdf?locale=${locale}`;
}

export function EvidencePackLinks(props: { orgId: string; referralId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="md">
      <Text size="sm">{t('surveyDocs.evidence.label')}</Text>
      {LANGUAGES.map((lang) => (
        <Anchor
          key={lang}
          href={evidencePackUrl(props.orgId, props.referralId, lang)}
          size="sm"
          download
        >
          {t(`surveyDocs.evidence.in.${lang}`)}
        </Anchor>
      ))}
    </Group>
  );
}
