// The award decision as this supplier reads it, with the PDF in each language. Shows nothing until
// there is a decision for a bid of this supplier.
import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { GlossaryLinks } from '../../../components/GlossaryLink';
import { bidderDecisionPdf, useBidderDecision } from './api';

const LANGUAGES = ['sv', 'da', 'en'] as const;

interface Props {
  orgId: string;
  calloffId: string;
}

export function BidderDecisionSection({ orgId, calloffId }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const decision = useBidderDecision(orgId, calloffId);
  if (!decision.data) return null;
  const d = decision.data;
  return (
    <section aria-labelledby="bidder-decision-title">
      <Stack gap="sm">
        <Title order={2} id="bidder-decision-title">
          {t('awards.bidder.title')}
        </Title>
        <GlossaryLinks terms={['tilldelningsbeslut', 'avtalsspar']} />
        <Alert
          color={d.won ? 'teal' : 'gray'}
          variant="light"
          title={d.won ? t('awards.bidder.won') : t('awards.bidder.lost')}
        >
          {t('awards.decision.winner', { supplier: d.winnerName })}
        </Alert>
        <Text>{t('awards.bidder.position', { position: d.position })}</Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {t('awards.decision.reasons', { reasons: d.reasons })}
        </Text>
        <Text size="sm">
          {t('awards.bidder.decided', { at: f.dateTime(d.decidedAt), buyer: d.buyerName })}
        </Text>
        <Text size="sm">
          {d.standstillUntil
            ? t('awards.decision.standstillUntil', { at: f.dateTime(d.standstillUntil) })
            : t('awards.decision.noStandstill')}
        </Text>
        <Group gap="md">
          <Text size="sm">{t('awards.decision.pdf')}</Text>
          {LANGUAGES.map((lang) => (
            <Anchor key={lang} href={bidderDecisionPdf(orgId, calloffId, lang)} size="sm">
              {t(`awards.decision.pdfIn.${lang}`)}
            </Anchor>
          ))}
        </Group>
      </Stack>
    </section>
  );
}
