import { Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { evidenceUrl, letterUrl, type CorrectionDetail, type Side } from './api';
import { CorrectionStateBadge } from './CorrectionStateBadge';

/** The request (who, what, by when, the letter) and its answers with evidence and decisions. */
export function CorrectionDetails(props: { orgId: string; side: Side; request: CorrectionDetail }) {
  const { orgId, side, request } = props;
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Stack gap="lg">
      <Card withBorder>
        <Stack gap="xs">
          <Group gap="sm">
            <CorrectionStateBadge state={request.state} />
            <Text size="sm">
              {t('corrections.detail.deadline', { date: f.date(request.deadline) })}
            </Text>
          </Group>
          <Text size="sm">
            {t('corrections.detail.parties', {
              body: request.body.name,
              supplier: request.supplier.name,
            })}
          </Text>
          <Text size="sm">
            {t('corrections.detail.agreement', {
              reference: request.agreement.reference,
              title: request.agreement.title,
            })}
          </Text>
          {side === 'officer' && (
            <Anchor component={Link} to={`/suppliers/${request.supplier.id}`} size="sm">
              {t('corrections.detail.supplierPage', { supplier: request.supplier.name })}
            </Anchor>
          )}
          {request.establishment && (
            <Text size="sm">
              {t('corrections.detail.establishment', { name: request.establishment.name })}
            </Text>
          )}
          <Text size="sm">{t('corrections.detail.sentOn', { date: f.date(request.sentOn) })}</Text>
          <Title order={2} size="h4" mt="sm">
            {t('corrections.detail.requirements')}
          </Title>
          <List size="sm">
            {request.requirements.map((r) => (
              <List.Item key={r.id}>{r.text}</List.Item>
            ))}
          </List>
          <Title order={2} size="h4" mt="sm">
            {t('corrections.detail.description')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {request.description}
          </Text>
          <Group gap="md" mt="sm">
            <Anchor href={letterUrl(orgId, side, request.id)} target="_blank" rel="noopener">
              {t('corrections.detail.letter')}
            </Anchor>
            {side === 'officer' && (
              <Anchor
                href={letterUrl(orgId, side, request.id, 'en')}
                target="_blank"
                rel="noopener"
              >
                {t('corrections.detail.letterEnglish')}
              </Anchor>
            )}
          </Group>
        </Stack>
      </Card>

      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('corrections.detail.answers')}
        </Title>
        {request.answers.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('corrections.detail.noAnswers')}
          </Text>
        )}
        {request.answers.map((answer, index) => (
          <Card withBorder key={answer.id}>
            <Stack gap="xs">
              <Title order={3} size="h5">
                {t('corrections.detail.answerHeading', {
                  number: index + 1,
                  date: f.dateTime(answer.answeredAt),
                  name: answer.answeredBy,
                })}
              </Title>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {answer.actionPlan}
              </Text>
              {answer.evidence.length > 0 && (
                <List size="sm">
                  {answer.evidence.map((file) => (
                    <List.Item key={file.id}>
                      <Anchor href={evidenceUrl(orgId, side, request.id, file.id)}>
                        {file.fileName}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              )}
              {answer.decision && (
                <Text size="sm" fw={600}>
                  {t(`corrections.detail.decision.${answer.decision}`, {
                    name: answer.decidedBy ?? '',
                    date: f.dateTime(answer.decidedAt),
                  })}
                  {answer.decisionReason ? ` ${answer.decisionReason}` : ''}
                </Text>
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
