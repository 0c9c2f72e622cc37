// Questions and answers: every answered question (nobody is named) and the supplier's own
// questions, with a form to ask before the deadline.
import { useState } from 'react';
import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { ApiError } from '../../../lib/api';
import { useFormatters } from '../../../lib/format';
import { useAskQuestion, type Tender } from './api';

export function TenderQuestions({
  orgId,
  tender,
  canAsk,
}: {
  orgId: string;
  tender: Tender;
  canAsk: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const ask = useAskQuestion(orgId, tender.calloffId);
  const [question, setQuestion] = useState('');
  const [sent, setSent] = useState(false);
  const error = ask.error instanceof ApiError ? ask.error : null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="qa-title">
      <Title order={2} size="h3" id="qa-title">
        {t('tenders.questions.title')}
      </Title>
      {tender.questions.length === 0 && <Text size="sm">{t('tenders.questions.none')}</Text>}
      {tender.questions.map((q) => (
        <Paper key={q.id} withBorder p="sm" radius="md">
          <Text size="sm" c="dimmed">
            {q.own
              ? t('tenders.questions.own', { at: f.dateTime(q.askedAt) })
              : t('tenders.questions.asked', { at: f.dateTime(q.askedAt) })}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{q.question}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <strong>{t('tenders.questions.answer')}:</strong>{' '}
            {q.answer ?? t('tenders.questions.unanswered')}
          </Text>
        </Paper>
      ))}
      {canAsk && (
        <Stack
          gap="xs"
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            setSent(false);
            ask.mutate(
              { question },
              {
                onSuccess: () => {
                  setSent(true);
                  setQuestion('');
                },
              },
            );
          }}
        >
          {sent && (
            <SuccessNotice message={t('tenders.questions.sent')} onClose={() => setSent(false)} />
          )}
          <Textarea
            label={t('tenders.questions.ask')}
            description={t('tenders.questions.askHelp')}
            required
            autosize
            minRows={2}
            maxLength={2000}
            value={question}
            onChange={(e) => setQuestion(e.currentTarget.value)}
            error={error?.fieldError('question')}
          />
          <ErrorAlert error={ask.error} shownFields={['question']} />
          <div>
            <Button type="submit" loading={ask.isPending}>
              {t('tenders.questions.send')}
            </Button>
          </div>
        </Stack>
      )}
    </Stack>
  );
}
