// The pseudonymised person a need or a referral is for: age, gender, target groups, needs in
// words and home municipality — the same fields in both forms. A form adds its own fields (the
// languages, a referral's siblings) as children, shown before the home municipality.
import type { ReactNode, Ref } from 'react';
import { Checkbox, Group, NativeSelect, NumberInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PERSON_GENDERS, type PersonGender } from '@tildel/domain/need';

export interface PersonFieldValues {
  /** '' until the user types it: a person's age is never assumed. */
  age: number | '';
  gender: PersonGender;
  targetGroups: string[];
  needs: string;
  homeMunicipalityCode: string;
}

/** A person as a form holds it: the age '' until typed. */
export type PersonDraft<P extends { age: number }> = Omit<P, 'age'> & { age: number | '' };

/** The person to send, or null while the age is missing (the form then says so at the field). */
export function typedPerson<P extends { age: number }>(person: PersonDraft<P>): P | null {
  const { age } = person;
  return age === '' ? null : ({ ...person, age } as unknown as P);
}

export function PersonFields({
  person,
  onChange,
  targetGroups,
  targetGroupLabel,
  municipalities,
  errorOf,
  ageRef,
  children,
}: {
  person: PersonFieldValues;
  onChange: (change: Partial<PersonFieldValues>) => void;
  /** The target groups to choose from, as codes, and how each reads in the user's language. */
  targetGroups: readonly string[];
  targetGroupLabel: (code: string) => string;
  /** The home municipalities to choose from; undefined while they load. */
  municipalities: readonly { code: string; name: string }[] | undefined;
  /** The server's message for one of these fields, if any. */
  errorOf: (field: keyof PersonFieldValues) => ReactNode;
  /** The age's input, for a form to move the focus to when the age is missing. */
  ageRef?: Ref<HTMLInputElement>;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Group grow align="flex-start">
        <NumberInput
          ref={ageRef}
          label={t('person.age')}
          value={person.age}
          onChange={(v) => onChange({ age: typeof v === 'number' ? v : '' })}
          min={0}
          max={120}
          allowDecimal={false}
          required
          error={errorOf('age')}
        />
        <NativeSelect
          label={t('person.gender')}
          value={person.gender}
          onChange={(e) => onChange({ gender: e.currentTarget.value as PersonGender })}
          error={errorOf('gender')}
        >
          {PERSON_GENDERS.map((g) => (
            <option key={g} value={g}>
              {t(`person.genders.${g}`)}
            </option>
          ))}
        </NativeSelect>
      </Group>
      <Checkbox.Group
        label={t('person.targetGroups')}
        value={person.targetGroups}
        onChange={(v) => onChange({ targetGroups: v })}
        required
        error={errorOf('targetGroups')}
      >
        <Group gap="md" mt={4}>
          {targetGroups.map((code) => (
            <Checkbox key={code} value={code} label={targetGroupLabel(code)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Textarea
        label={t('person.needs')}
        description={t('person.needsHelp')}
        value={person.needs}
        onChange={(e) => onChange({ needs: e.currentTarget.value })}
        autosize
        minRows={3}
        maxLength={4000}
        required
        error={errorOf('needs')}
      />
      {children}
      <NativeSelect
        label={t('person.homeMunicipality')}
        value={person.homeMunicipalityCode}
        onChange={(e) => onChange({ homeMunicipalityCode: e.currentTarget.value })}
        required
        disabled={municipalities === undefined}
        error={errorOf('homeMunicipalityCode')}
      >
        <option value="">{t('person.chooseMunicipality')}</option>
        {(municipalities ?? []).map((m) => (
          <option key={m.code} value={m.code}>
            {m.name}
          </option>
        ))}
      </NativeSelect>
    </>
  );
}
