// The bid form: price per unit as the supplier types it (sent in minor units), an answer and evidence for each
// requirement, the named consultant or the establishment, earliest start, validity and a note.
import {
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Switch,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useUnsavedChanges } from '../../../components/UnsavedChanges';
import { MoneyInput } from '../../../components/MoneyInput';
import { ApiError } from '../../../lib/api';
import { useConsultants, useEstablishments } from '../../../lib/company';
import { TIME_ZONE } from '../../../lib/format';
import { usePriceField } from '../../../lib/money';
import type { Tender } from '../tenders/api';
import { useSubmitBid, type BidResult, type OwnBid } from './api';
import { answersFromProfile } from './profile-answers';
import type { OfferedProfile } from '@tildel/domain/need-requirements';

interface Props {
  orgId: string;
  tender: Tender;
  bid: OwnBid | null;
  onSubmitted: (result: BidResult, replaced: boolean) => void;
  onCancel?: () => void;
}

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today in the call-off's country, as YYYY-MM-DD: the day the server checks the dates against. */
function todayIn(timeZone: string) {
  return new Date().toLocaleDateString('sv-SE', { timeZone });
}

/** A readable date before today (an empty or half-typed one is left to the server). */
function inPast(date: string, today: string) {
  return PLAIN_DATE.test(date) && date < today;
}

/** The need's start when it has one and it is not yet past, else today. */
function defaultStart(tender: Tender, today: string) {
  const start: unknown = tender.need.start;
  return typeof start === 'string' && PLAIN_DATE.test(start) && start > today ? start : today;
}

export function BidForm({ orgId, tender, bid, onSubmitted, onCancel }: Props) {
  const { t } = useTranslation();
  const staffing = tender.need.kind === 'staffing';
  const consultants = useConsultants(orgId);
  const establishments = useEstablishments(orgId);
  const submit = useSubmitBid(orgId, tender.calloffId);
  const content = bid?.content;
  const today = todayIn(TIME_ZONE[tender.country]);
  const priceField = usePriceField();
  const [price, setPrice] = useState(() =>
    content ? priceField.textOf(content.unitPriceMinor, content.currency) : '',
  );
  const [priceProblem, setPriceProblem] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Record<string, boolean | number>>(() => {
    const initial: Record<string, boolean | number> = {};
    for (const r of tender.requirements)
      initial[r.id] = content?.answers[r.id] ?? (r.criterion.kind === 'yes_no' ? false : 0);
    return initial;
  });
  // Answers set by hand are the supplier's; those read from a CV or profile are said to be so.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [fromProfile, setFromProfile] = useState<ReadonlySet<string>>(new Set());
  const answer = (id: string, value: boolean | number) => {
    setAnswers({ ...answers, [id]: value });
    setTouched(new Set(touched).add(id));
    const left = new Set(fromProfile);
    left.delete(id);
    setFromProfile(left);
  };
  const applyProfile = (profile: OfferedProfile) => {
    const read = Object.entries(answersFromProfile(tender.requirements, profile)).filter(
      ([id]) => !touched.has(id),
    );
    setAnswers({ ...answers, ...Object.fromEntries(read) });
    setFromProfile(new Set(read.map(([id]) => id)));
  };
  const [evidence, setEvidence] = useState<Record<string, string>>(content?.evidence ?? {});
  const [consultantId, setConsultantId] = useState<string | null>(content?.consultantId ?? null);
  const [establishmentId, setEstablishmentId] = useState<string | null>(
    content?.establishmentId ?? null,
  );
  const [earliestStart, setEarliestStart] = useState(
    () => content?.earliestStart ?? defaultStart(tender, today),
  );
  const [validUntil, setValidUntil] = useState(content?.validUntil ?? '');
  const [note, setNote] = useState(content?.note ?? '');
  // What the supplier has typed or chosen since the form opened, until the bid is sent.
  const typed = JSON.stringify([
    price,
    answers,
    evidence,
    consultantId,
    establishmentId,
    earliestStart,
    validUntil,
    note,
  ]);
  const [opened] = useState(typed);
  useUnsavedChanges(!submit.isSuccess && typed !== opened);

  const profileNote = t(staffing ? 'bids.form.fromCv' : 'bids.form.fromProfile');
  const error = submit.error instanceof ApiError ? submit.error : null;
  const fieldError = (field: string) => error?.fieldError(field);
  const shown = [
    'unitPriceMinor',
    'answers',
    'evidence',
    'consultantId',
    'establishmentId',
    'earliestStart',
    'validUntil',
    'note',
  ];

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const read = priceField.read(price, tender.currency);
    setPriceProblem(read.error);
    if (read.error !== null) return;
    submit.mutate(
      {
        ...(bid ? { version: bid.version } : {}),
        unitPriceMinor: read.amountMinor,
        answers,
        evidence: Object.fromEntries(
          Object.entries(evidence).filter(([, text]) => text.trim() !== ''),
        ),
        consultantId: staffing ? consultantId : null,
        establishmentId: staffing ? null : establishmentId,
        earliestStart,
        validUntil,
        note,
      },
      { onSuccess: (result) => onSubmitted(result, bid !== null) },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="bid-form-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="bid-form-title">
          {t(bid ? 'bids.form.replaceTitle' : 'bids.form.title')}
        </Title>
        <MoneyInput
          label={t('bids.form.price', {
            currency: tender.currency,
            unit: t(`bids.units.${tender.expectedVolume.unit}`),
          })}
          description={t('bids.form.priceHelp')}
          currency={tender.currency}
          value={price}
          onChange={setPrice}
          required
          error={priceProblem ?? fieldError('unitPriceMinor')}
        />
        {tender.requirements.map((r) => (
          <Stack key={r.id} gap={4}>
            {r.criterion.kind === 'yes_no' ? (
              <Switch
                label={t('bids.form.meets', { title: r.title })}
                description={fromProfile.has(r.id) ? profileNote : undefined}
                checked={answers[r.id] === true}
                onChange={(e) => answer(r.id, e.currentTarget.checked)}
                error={fieldError(`answers.${r.id}`)}
              />
            ) : (
              <NumberInput
                label={t('bids.form.offered', {
                  title: r.title,
                  minimum: r.criterion.minimum ?? 0,
                })}
                description={fromProfile.has(r.id) ? profileNote : undefined}
                value={typeof answers[r.id] === 'number' ? (answers[r.id] as number) : 0}
                onChange={(v) => answer(r.id, typeof v === 'number' ? v : 0)}
                min={0}
                error={fieldError(`answers.${r.id}`)}
              />
            )}
            <Textarea
              label={t('bids.form.evidence', { title: r.title })}
              value={evidence[r.id] ?? ''}
              onChange={(e) => setEvidence({ ...evidence, [r.id]: e.currentTarget.value })}
              maxLength={4000}
              autosize
              minRows={1}
              error={fieldError(`evidence.${r.id}`)}
            />
          </Stack>
        ))}
        {staffing ? (
          <Select
            label={t('bids.form.consultant')}
            description={t('bids.form.consultantHelp')}
            data={(consultants.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={consultantId}
            onChange={(id) => {
              setConsultantId(id);
              const cv = consultants.data?.items.find((c) => c.id === id);
              if (cv) applyProfile(cv);
            }}
            required
            error={fieldError('consultantId')}
          />
        ) : (
          <Select
            label={t('bids.form.establishment')}
            description={t('bids.form.establishmentHelp')}
            data={(establishments.data?.items ?? [])
              .filter((e) => e.closedAt === null)
              .map((e) => ({ value: e.id, label: e.name }))}
            value={establishmentId}
            onChange={(id) => {
              setEstablishmentId(id);
              const home = establishments.data?.items.find((e) => e.id === id);
              if (home)
                applyProfile({ languages: home.languages, targetGroups: home.targetGroups });
            }}
            required={tender.need.kind === 'placement'}
            clearable
            error={fieldError('establishmentId')}
          />
        )}
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('bids.form.earliestStart')}
            value={earliestStart}
            onChange={(e) => setEarliestStart(e.currentTarget.value)}
            required
            error={
              inPast(earliestStart, today)
                ? t('bids.form.startInPast')
                : fieldError('earliestStart')
            }
          />
          <TextInput
            type="date"
            label={t('bids.form.validUntil')}
            value={validUntil}
            onChange={(e) => setValidUntil(e.currentTarget.value)}
            required
            error={
              inPast(validUntil, today) ? t('bids.form.validInPast') : fieldError('validUntil')
            }
          />
        </Group>
        <Textarea
          label={t('bids.form.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={2}
          error={fieldError('note')}
        />
        <ErrorAlert error={submit.error} shownFields={shown} />
        <Group gap="sm">
          <Button type="submit" loading={submit.isPending}>
            {t(bid ? 'bids.form.replace' : 'bids.form.submit')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
