// Changing the request during the tender period: everyone invited is told, given bids are marked
// for review, and the deadline must again leave the minimum period from now.
import { useState } from 'react';
import { Button, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { ApiError } from '../../../lib/api';
import { makeFormatters, TIME_ZONE, useFormatters } from '../../../lib/format';
import type { CalloffDetail } from '../calloffs/api';
import { useChangeRequest } from './api';
import { instantOfWallClock, wallClockOf } from './deadline';
import { DeadlineFields, type DeadlineValue } from './DeadlineFields';

export function ChangeRequestForm({
  orgId,
  calloff,
  country,
}: {
  orgId: string;
  calloff: CalloffDetail;
  country: 'SE' | 'DK';
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const change = useChangeRequest(orgId, calloff.id);
  const [summary, setSummary] = useState('');
  const [requestText, setRequestText] = useState(calloff.requestText);
  const [deadline, setDeadline] = useState<DeadlineValue>(() =>
    wallClockOf(calloff.tenderDeadline!, country),
  );
  const [done, setDone] = useState(false);
  const instant = instantOfWallClock(deadline.date, deadline.time, country);
  const error = change.error instanceof ApiError ? change.error : null;
  return (
    <Stack
      gap="sm"
      component="form"
      aria-labelledby="change-title"
      onSubmit={(e) => {
        e.preventDefault();
        setDone(false);
        change.mutate(
          { version: calloff.version, summary, requestText, tenderDeadline: instant ?? '' },
          {
            onSuccess: () => {
              setDone(true);
              setSummary('');
            },
          },
        );
      }}
    >
      <Title order={3} size="h4" id="change-title">
        {t('invitations.change.title')}
      </Title>
      {done && (
        <SuccessNotice message={t('invitations.change.done')} onClose={() => setDone(false)} />
      )}
      <TextInput
        label={t('invitations.change.summary')}
        description={t('invitations.change.summaryHelp')}
        required
        maxLength={1000}
        value={summary}
        onChange={(e) => setSummary(e.currentTarget.value)}
        error={error?.fieldError('summary')}
      />
      <Textarea
        label={t('invitations.form.requestText')}
        autosize
        minRows={4}
        maxLength={8000}
        value={requestText}
        onChange={(e) => setRequestText(e.currentTarget.value)}
        error={error?.fieldError('requestText')}
      />
      <DeadlineFields
        value={deadline}
        onChange={setDeadline}
        zoneName={makeFormatters(f.locale, TIME_ZONE[country]).timeZoneName}
        error={error?.fieldError('tenderDeadline')}
      />
      <ErrorAlert error={change.error} shownFields={['summary', 'requestText', 'tenderDeadline']} />
      <div>
        <Button type="submit" variant="outline" loading={change.isPending} disabled={!instant}>
          {t('invitations.change.submit')}
        </Button>
      </div>
    </Stack>
  );
}
