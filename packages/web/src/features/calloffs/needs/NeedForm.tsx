// The form of a need: a post for staffing, or a pseudonymised person and the scope for a
// placement or intervention. The server checks the rules and names the field that breaks one.
import { useRef, useState, type FormEvent, type ReactNode, type Ref } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EDUCATION_CODES } from '@tildel/domain/consultant';
import { INTENSITIES, type PlacementNeed, type StaffingNeed } from '@tildel/domain/need';
import { DEFAULT_CATEGORIES, DEFAULT_TARGET_GROUPS } from '@tildel/domain/taxonomy';
import { ApiError } from '../../../lib/api';
import { isLocale, type Country } from '../../../lib/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PersonFields, typedPerson, type PersonDraft } from '../../../components/PersonFields';
import { useTargetGroupLabel } from '../../../lib/target-groups';
import { useUnsavedChanges } from '../../../components/UnsavedChanges';
import { useMunicipalities } from '../../../lib/company';
import type { NeedInput, NeedKind } from './api';

/** A placement or intervention as the form holds it, its person's age '' until typed. */
type PlacementDraft = Omit<PlacementNeed, 'person'> & {
  person: PersonDraft<PlacementNeed['person']>;
};
type NeedDraft = StaffingNeed | PlacementDraft;

/** An empty need of the kind, for the "new need" form. */
export function blankNeed(kind: NeedKind, country: Country): NeedDraft {
  if (kind === 'staffing') {
    return {
      kind,
      role: '',
      area: '',
      educationCodes: [],
      yearsOfExperience: 0,
      languages: [country === 'DK' ? 'da' : 'sv'],
      start: '',
      end: '',
      extentPercent: 100,
      placeOfWork: '',
      remotePossible: false,
      positions: 1,
      description: '',
    };
  }
  return {
    kind,
    person: {
      age: '',
      gender: 'not_stated',
      targetGroups: [],
      needs: '',
      languages: [country === 'DK' ? 'da' : 'sv'],
      homeCountry: country,
      homeMunicipalityCode: '',
    },
    start: '',
    expectedDurationDays: 180,
    intensity: 'standard',
    hoursPerWeek: null,
    description: '',
  };
}

const toNumber = (v: string | number) => (typeof v === 'number' ? v : Number(v) || 0);
const toList = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

interface NeedFormProps {
  initial: Omit<NeedInput, 'need'> & { need: NeedDraft };
  pending: boolean;
  error: unknown;
  onSubmit: (input: NeedInput) => void;
  onCancel: () => void;
}

export function NeedForm({ initial, pending, error, onSubmit, onCancel }: NeedFormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial.title);
  const [need, setNeed] = useState<NeedDraft>(initial.need);
  const [ageMissing, setAgeMissing] = useState(false);
  const ageInput = useRef<HTMLInputElement>(null);
  const [languages, setLanguages] = useState(
    (need.kind === 'staffing' ? need.languages : need.person.languages).join(', '),
  );
  const apiError = error instanceof ApiError ? error : null;
  const fieldError = (field: string) => apiError?.fieldError(field);
  const initialLanguages = (
    initial.need.kind === 'staffing' ? initial.need.languages : initial.need.person.languages
  ).join(', ');
  useUnsavedChanges(
    title !== initial.title ||
      languages !== initialLanguages ||
      JSON.stringify(need) !== JSON.stringify(initial.need),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const list = toList(languages);
    if (need.kind === 'staffing') {
      onSubmit({ title, need: { ...need, languages: list } });
      return;
    }
    const person = typedPerson(need.person);
    if (!person) {
      setAgeMissing(true);
      ageInput.current?.focus();
      return;
    }
    onSubmit({ title, need: { ...need, person: { ...person, languages: list } } });
  };

  const languageInput = (field: string) => (
    <TextInput
      label={t('needs.fields.languages')}
      description={t('needs.fields.languagesHelp')}
      value={languages}
      onChange={(e) => setLanguages(e.currentTarget.value)}
      error={fieldError(field)}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={720}>
        <Alert variant="light" color="blue" title={t('needs.privacyTitle')}>
          {t('needs.privacyHint')}
        </Alert>
        <ErrorAlert error={error} shownFields={['title', 'need']} />
        <TextInput
          label={t('needs.fields.title')}
          description={t('needs.fields.titleHelp')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
          maxLength={200}
          error={fieldError('title')}
        />
        {need.kind === 'staffing' ? (
          <StaffingFields need={need} onChange={setNeed} fieldError={fieldError}>
            {languageInput('need.languages')}
          </StaffingFields>
        ) : (
          <PlacementFields
            need={need}
            onChange={(next) => {
              if (next.person.age !== need.person.age) setAgeMissing(false);
              setNeed(next);
            }}
            fieldError={(field) =>
              field === 'need.person.age' && ageMissing ? t('person.ageMissing') : fieldError(field)
            }
            ageRef={ageInput}
          >
            {languageInput('need.person.languages')}
          </PlacementFields>
        )}
        <Textarea
          label={t('needs.fields.description')}
          value={need.description}
          onChange={(e) => setNeed({ ...need, description: e.currentTarget.value })}
          autosize
          minRows={2}
          maxLength={4000}
          error={fieldError('need.description')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('needs.form.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('needs.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface FieldsProps<N> {
  need: N;
  onChange: (need: N) => void;
  fieldError: (field: string) => string | undefined;
  children: ReactNode;
}

function StaffingFields({ need, onChange, fieldError, children }: FieldsProps<StaffingNeed>) {
  const { t, i18n } = useTranslation();
  const lang = isLocale(i18n.language) ? i18n.language : 'en';
  const set = (change: Partial<StaffingNeed>) => onChange({ ...need, ...change });
  const areas = DEFAULT_CATEGORIES.filter((c) => c.serviceKind === 'staffing' && c.area);
  return (
    <>
      <TextInput
        label={t('needs.fields.role')}
        value={need.role}
        onChange={(e) => set({ role: e.currentTarget.value })}
        required
        maxLength={200}
        error={fieldError('need.role')}
      />
      <NativeSelect
        label={t('needs.fields.area')}
        value={need.area}
        onChange={(e) => set({ area: e.currentTarget.value })}
        required
        error={fieldError('need.area')}
      >
        <option value="">{t('needs.fields.chooseArea')}</option>
        {areas.map((c) => (
          <option key={c.code} value={c.area!}>
            {c.names[lang]}
          </option>
        ))}
      </NativeSelect>
      <Checkbox.Group
        label={t('needs.fields.education')}
        value={need.educationCodes}
        onChange={(v) => set({ educationCodes: v as StaffingNeed['educationCodes'] })}
        error={fieldError('need.educationCodes')}
      >
        <Stack gap={4} mt={4}>
          {EDUCATION_CODES.map((code) => (
            <Checkbox key={code} value={code} label={t(`needs.education.${code}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <NumberInput
        label={t('needs.fields.yearsOfExperience')}
        value={need.yearsOfExperience}
        onChange={(v) => set({ yearsOfExperience: toNumber(v) })}
        min={0}
        max={50}
        allowDecimal={false}
        error={fieldError('need.yearsOfExperience')}
      />
      {children}
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t('needs.fields.start')}
          value={need.start}
          onChange={(e) => set({ start: e.currentTarget.value })}
          required
          error={fieldError('need.start')}
        />
        <TextInput
          type="date"
          label={t('needs.fields.end')}
          value={need.end}
          onChange={(e) => set({ end: e.currentTarget.value })}
          required
          error={fieldError('need.end')}
        />
      </Group>
      <Group grow align="flex-start">
        <NumberInput
          label={t('needs.fields.extentPercent')}
          value={need.extentPercent}
          onChange={(v) => set({ extentPercent: toNumber(v) })}
          min={1}
          max={100}
          allowDecimal={false}
          error={fieldError('need.extentPercent')}
        />
        <NumberInput
          label={t('needs.fields.positions')}
          value={need.positions}
          onChange={(v) => set({ positions: toNumber(v) })}
          min={1}
          max={100}
          allowDecimal={false}
          error={fieldError('need.positions')}
        />
      </Group>
      <TextInput
        label={t('needs.fields.placeOfWork')}
        value={need.placeOfWork}
        onChange={(e) => set({ placeOfWork: e.currentTarget.value })}
        required
        maxLength={200}
        error={fieldError('need.placeOfWork')}
      />
      <Checkbox
        label={t('needs.fields.remotePossible')}
        checked={need.remotePossible}
        onChange={(e) => set({ remotePossible: e.currentTarget.checked })}
      />
    </>
  );
}

function PlacementFields({
  need,
  onChange,
  fieldError,
  ageRef,
  children,
}: FieldsProps<PlacementDraft> & { ageRef: Ref<HTMLInputElement> }) {
  const { t } = useTranslation();
  const targetGroupLabel = useTargetGroupLabel();
  const municipalities = useMunicipalities(need.person.homeCountry);
  const set = (change: Partial<PlacementDraft>) => onChange({ ...need, ...change });
  const setPerson = (change: Partial<PlacementDraft['person']>) =>
    set({ person: { ...need.person, ...change } });
  return (
    <>
      <Title order={2} size="h4">
        {t('needs.fields.person')}
      </Title>
      <PersonFields
        person={need.person}
        onChange={setPerson}
        targetGroups={DEFAULT_TARGET_GROUPS.map((g) => g.code)}
        targetGroupLabel={targetGroupLabel}
        municipalities={municipalities.data?.items}
        errorOf={(field) => fieldError(`need.person.${field}`)}
        ageRef={ageRef}
      >
        {children}
      </PersonFields>
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t('needs.fields.start')}
          value={need.start}
          onChange={(e) => set({ start: e.currentTarget.value })}
          required
          error={fieldError('need.start')}
        />
        <NumberInput
          label={t('needs.fields.expectedDurationDays')}
          value={need.expectedDurationDays}
          onChange={(v) => set({ expectedDurationDays: toNumber(v) })}
          min={1}
          allowDecimal={false}
          required
          error={fieldError('need.expectedDurationDays')}
        />
      </Group>
      <Group grow align="flex-start">
        <NativeSelect
          label={t('needs.fields.intensity')}
          value={need.intensity}
          onChange={(e) => set({ intensity: e.currentTarget.value as PlacementNeed['intensity'] })}
          error={fieldError('need.intensity')}
        >
          {INTENSITIES.map((i) => (
            <option key={i} value={i}>
              {t(`needs.intensity.${i}`)}
            </option>
          ))}
        </NativeSelect>
        <NumberInput
          label={t('needs.fields.hoursPerWeek')}
          description={t('needs.fields.hoursPerWeekHelp')}
          value={need.hoursPerWeek ?? ''}
          onChange={(v) => set({ hoursPerWeek: v === '' ? null : toNumber(v) })}
          min={1}
          max={168}
          allowDecimal={false}
          error={fieldError('need.hoursPerWeek')}
        />
      </Group>
    </>
  );
}
