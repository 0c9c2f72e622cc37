// The caseworker's referral: what is referred, the pseudonymised person and the case. The server
// checks every rule (identity numbers first) and names the field; the message stands beside it.
import { useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { legalBasesOf } from '@tildel/domain/matching/legal-basis';
import { REFERRAL_KINDS, URGENCIES } from '@tildel/domain/matching/vocabulary';
import { DEFAULT_TARGET_GROUPS, SERVICE_KINDS } from '@tildel/domain/taxonomy';
import { ApiError } from '../../../lib/api';
import { useMunicipalities } from '../../../lib/company';
import { useTargetGroupLabel } from '../../../lib/target-groups';
import { isLocale, type Country } from '../../../lib/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PersonFields, typedPerson, type PersonDraft } from '../../../components/PersonFields';
import { SearchSelect } from '../../../components/SearchSelect';
import { useUnsavedChanges } from '../../../components/UnsavedChanges';
import { useCatalogueFilters } from '../catalogue/api';
import { findOrdersToChange, orderChoicesKey, type ReferralInput } from './api';

type Kind = ReferralInput['kind'];
type Urgency = ReferralInput['urgency'];
type Person = ReferralInput['person'];
/** The referral as the form holds it, its person's age '' until typed. */
type ReferralDraft = Omit<ReferralInput, 'person'> & { person: PersonDraft<Person> };

/** The fields the form shows, whose errors stand beside them rather than in the alert. */
const SHOWN_FIELDS = [
  'kind',
  'orderId',
  'serviceKind',
  'legalBasis',
  'purpose',
  'startOn',
  'expectedDurationDays',
  'intensity',
  'urgency',
  'person',
  'caseReference',
  'cannotLiveWith',
];

export function blankReferral(country: Country): ReferralDraft {
  return {
    kind: 'new',
    orderId: null,
    serviceKind: 'open_care',
    legalBasis: '',
    purpose: '',
    startOn: '',
    expectedDurationDays: 180,
    intensity: { kind: 'hours_per_week', hoursPerWeek: 4 },
    urgency: 'within_5_working_days',
    person: {
      age: '',
      gender: 'not_stated',
      targetGroups: [],
      needs: '',
      languages: [country === 'DK' ? 'da' : 'sv'],
      siblingCaseReferences: [],
      homeMunicipalityCode: '',
      preferredArea: null,
    },
    caseReference: '',
    cannotLiveWith: '',
  };
}

const toNumber = (v: string | number) => (typeof v === 'number' ? v : Number(v) || 0);
const toList = (text: string, lower: boolean) =>
  text
    .split(',')
    .map((s) => (lower ? s.trim().toLowerCase() : s.trim()))
    .filter(Boolean);

interface ReferralFormProps {
  orgId: string;
  country: Country;
  pending: boolean;
  error: unknown;
  onSubmit: (input: ReferralInput) => void;
  onCancel: () => void;
}

export function ReferralForm({
  orgId,
  country,
  pending,
  error,
  onSubmit,
  onCancel,
}: ReferralFormProps) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  const initial = blankReferral(country);
  const [referral, setReferral] = useState<ReferralDraft>(initial);
  const [ageMissing, setAgeMissing] = useState(false);
  const ageInput = useRef<HTMLInputElement>(null);
  const [languages, setLanguages] = useState(initial.person.languages.join(', '));
  const [siblings, setSiblings] = useState('');
  const filters = useCatalogueFilters(orgId);
  const municipalities = useMunicipalities(country);
  const taxonomy = filters.data?.targetGroups;
  const targetGroupLabel = useTargetGroupLabel(taxonomy);
  // The organisation's own target groups; the defaults while it has none.
  const targetGroups =
    taxonomy && taxonomy.length > 0
      ? taxonomy.map((g) => g.code)
      : DEFAULT_TARGET_GROUPS.map((g) => g.code);

  const apiError = error instanceof ApiError ? error : null;
  const fieldError = (field: string) => apiError?.fieldError(field);
  useUnsavedChanges(
    JSON.stringify(referral) !== JSON.stringify(initial) ||
      siblings !== '' ||
      languages !== initial.person.languages.join(', '),
  );

  const set = (change: Partial<ReferralDraft>) => setReferral({ ...referral, ...change });
  const setPerson = (change: Partial<PersonDraft<Person>>) => {
    if (change.age !== undefined) setAgeMissing(false);
    set({ person: { ...referral.person, ...change } });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const person = typedPerson(referral.person);
    if (!person) {
      setAgeMissing(true);
      ageInput.current?.focus();
      return;
    }
    onSubmit({
      ...referral,
      orderId: referral.kind === 'new' ? null : referral.orderId,
      person: {
        ...person,
        languages: toList(languages, true),
        siblingCaseReferences: toList(siblings, false),
      },
    });
  };

  const intensity = referral.intensity;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={760}>
        <Alert variant="light" color="blue" title={t('referrals.new.privacyTitle')}>
          {t('referrals.new.privacyHint')}
        </Alert>
        <ErrorAlert error={error} shownFields={SHOWN_FIELDS} />

        <Fieldset legend={t('referrals.new.sections.what')}>
          <Stack gap="sm">
            <Radio.Group
              label={t('referrals.fields.kind')}
              value={referral.kind}
              onChange={(v) => set({ kind: v as Kind })}
              error={fieldError('kind')}
            >
              <Group gap="md" mt={4}>
                {REFERRAL_KINDS.map((k) => (
                  <Radio key={k} value={k} label={t(`referrals.kinds.${k}`)} />
                ))}
              </Group>
            </Radio.Group>
            {referral.kind !== 'new' && (
              <SearchSelect
                label={t('referrals.fields.orderId')}
                description={t('referrals.fields.orderIdHelp')}
                placeholder={t('referrals.fields.chooseOrder')}
                queryKey={orderChoicesKey(orgId)}
                search={(text, signal) => findOrdersToChange(orgId, text, signal)}
                value={referral.orderId}
                onChange={(value) => set({ orderId: value })}
                required
                error={fieldError('orderId')}
              />
            )}
            <Group grow align="flex-start">
              <NativeSelect
                label={t('referrals.fields.serviceKind')}
                value={referral.serviceKind}
                onChange={(e) =>
                  set({ serviceKind: e.currentTarget.value as ReferralInput['serviceKind'] })
                }
                error={fieldError('serviceKind')}
              >
                {SERVICE_KINDS.filter((k) => k !== 'staffing').map((k) => (
                  <option key={k} value={k}>
                    {t(`referrals.serviceKinds.${k}`)}
                  </option>
                ))}
              </NativeSelect>
              <NativeSelect
                label={t('referrals.fields.legalBasis')}
                value={referral.legalBasis}
                onChange={(e) => set({ legalBasis: e.currentTarget.value })}
                required
                error={fieldError('legalBasis')}
              >
                <option value="">{t('referrals.fields.chooseLegalBasis')}</option>
                {legalBasesOf(country).map((basis) => (
                  <option key={basis.code} value={basis.code}>
                    {basis.names[locale]}
                  </option>
                ))}
              </NativeSelect>
            </Group>
            <Textarea
              label={t('referrals.fields.purpose')}
              description={t('referrals.fields.purposeHelp')}
              value={referral.purpose}
              onChange={(e) => set({ purpose: e.currentTarget.value })}
              autosize
              minRows={2}
              maxLength={4000}
              required
              error={fieldError('purpose')}
            />
            <Group grow align="flex-start">
              <TextInput
                type="date"
                label={t('referrals.fields.startOn')}
                value={referral.startOn}
                onChange={(e) => set({ startOn: e.currentTarget.value })}
                required
                error={fieldError('startOn')}
              />
              <NumberInput
                label={t('referrals.fields.expectedDurationDays')}
                value={referral.expectedDurationDays}
                onChange={(v) => set({ expectedDurationDays: toNumber(v) })}
                min={1}
                max={3653}
                allowDecimal={false}
                required
                error={fieldError('expectedDurationDays')}
              />
            </Group>
            <Group grow align="flex-start">
              <Radio.Group
                label={t('referrals.fields.intensity')}
                value={intensity.kind}
                onChange={(v) =>
                  set({
                    intensity:
                      v === 'place'
                        ? { kind: 'place' }
                        : { kind: 'hours_per_week', hoursPerWeek: 4 },
                  })
                }
                error={fieldError('intensity.kind')}
              >
                <Group gap="md" mt={4}>
                  <Radio value="hours_per_week" label={t('referrals.intensities.hours_per_week')} />
                  <Radio value="place" label={t('referrals.intensities.place')} />
                </Group>
              </Radio.Group>
              {intensity.kind === 'hours_per_week' && (
                <NumberInput
                  label={t('referrals.fields.hoursPerWeek')}
                  description={t('referrals.fields.hoursPerWeekHelp')}
                  value={intensity.hoursPerWeek}
                  onChange={(v) =>
                    set({ intensity: { kind: 'hours_per_week', hoursPerWeek: toNumber(v) } })
                  }
                  min={0.25}
                  max={168}
                  step={0.25}
                  decimalScale={2}
                  required
                  error={fieldError('intensity.hoursPerWeek')}
                />
              )}
            </Group>
            <Radio.Group
              label={t('referrals.fields.urgency')}
              value={referral.urgency}
              onChange={(v) => set({ urgency: v as Urgency })}
              error={fieldError('urgency')}
            >
              <Group gap="md" mt={4}>
                {URGENCIES.map((u) => (
                  <Radio key={u} value={u} label={t(`referrals.urgencies.${u}`)} />
                ))}
              </Group>
            </Radio.Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('referrals.new.sections.person')}>
          <Stack gap="sm">
            <PersonFields
              person={referral.person}
              onChange={setPerson}
              targetGroups={targetGroups}
              targetGroupLabel={targetGroupLabel}
              municipalities={municipalities.data?.items}
              errorOf={(field) =>
                field === 'age' && ageMissing
                  ? t('person.ageMissing')
                  : fieldError(`person.${field}`)
              }
              ageRef={ageInput}
            >
              <TextInput
                label={t('referrals.fields.languages')}
                description={t('referrals.fields.languagesHelp')}
                value={languages}
                onChange={(e) => setLanguages(e.currentTarget.value)}
                error={fieldError('person.languages')}
              />
              <TextInput
                label={t('referrals.fields.siblings')}
                description={t('referrals.fields.siblingsHelp')}
                value={siblings}
                onChange={(e) => setSiblings(e.currentTarget.value)}
                error={fieldError('person.siblingCaseReferences')}
              />
            </PersonFields>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('referrals.new.sections.case')}>
          <Stack gap="sm">
            <TextInput
              label={t('referrals.fields.caseReference')}
              description={t('referrals.fields.caseReferenceHelp')}
              value={referral.caseReference}
              onChange={(e) => set({ caseReference: e.currentTarget.value })}
              required
              maxLength={60}
              error={fieldError('caseReference')}
            />
            <Textarea
              label={t('referrals.fields.cannotLiveWith')}
              description={t('referrals.fields.cannotLiveWithHelp')}
              value={referral.cannotLiveWith}
              onChange={(e) => set({ cannotLiveWith: e.currentTarget.value })}
              autosize
              minRows={2}
              maxLength={4000}
              error={fieldError('cannotLiveWith')}
            />
          </Stack>
        </Fieldset>

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('referrals.new.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('referrals.new.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
