// The suppliers' questions with who asked; an answer goes to every invited supplier without
// naming the asker.
import { useState } from 'react';
import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { ApiError } from '../../../lib/api';
import { useFormatters } from '../../../lib/format';
import { useAnswer, useQuestions, type BuyerQuestion } from './api';

export function QuestionsSection({
  orgId,
  calloffId,
  answering,
}: {
  orgId: string;
  calloffId: string;
  answering: boolean;
}) {
  const { t } = useTranslation();
  const questions = useQuestions(orgId, calloffId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="questions-title">
      <Title order={3} size="h4" id="questions-title">
        {t('invitations.questions.title')}
      </Title>
      {questions.isPending ? (
        <Loading />
      ) : questions.isError ? (
        <ErrorAlert error={questions.error} onRetry={() => void questions.refetch()} />
      ) : questions.data.items.length === 0 ? (
        <Text size="sm">{t('invitations.questions.none')}</Text>
      ) : (
        questions.data.items.map((q) => (
          <Question
            key={q.id}
            orgId={orgId}
            calloffId={calloffId}
            question={q}
            answering={answering}
          />
        ))
      )}
    </Stack>
  );
}

function Question({
  orgId,
  calloffId,
  question,
  answering,
}: {
  orgId: string;
  calloffId: string;
  question: BuyerQuestion;
  answering: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const answer = useAnswer(orgId, calloffId);
  const [text, setText] = useState('');
  const error = answer.error instanceof ApiError ? answer.error : null;
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('invitations.questions.askedBy', {
            supplier: question.supplierName,
            name: question.askedByName,
            at: f.dateTime(question.askedAt),
          })}
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{question.question}</Text>
        {question.answer !== null ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <strong>{t('invitations.questions.answer')}:</strong> {question.answer}
          </Text>
        ) : answering ? (
          <Stack
            gap="xs"
            component="form"
            onSubmit={(e) => {
              e.preventDefault();
              answer.mutate({ questionId: question.id, answer: text });
            }}
          >
            <Textarea
              label={t('invitations.questions.answerLabel')}
              description={t('invitations.questions.answerHelp')}
              required
              autosize
              minRows={2}
              maxLength={4000}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={error?.fieldError('answer')}
            />
            <ErrorAlert error={answer.error} shownFields={['answer']} />
            <div>
              <Button type="submit" loading={answer.isPending}>
                {t('invitations.questions.send')}
              </Button>
            </div>
          </Stack>
        ) : (
          <Text size="sm">{t('invitations.questions.unanswered')}</Text>
        )}
      </Stack>
    </Paper>
  );
}
