import { useState, type FormEvent } from 'react';
import { Button, Group, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { useFormatters } from '../../../lib/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useUnsavedChanges } from '../../../components/UnsavedChanges';
import { MunicipalitySelect } from './MunicipalitySelect';
import { useSaveProfile } from './api';
import type { CompanyProfile } from './types';

const FIELDS = ['street', 'postalCode', 'city', 'municipalityCode', 'website', 'description'];

interface ProfileFormProps {
  profile: CompanyProfile;
  canManage: boolean;
  onSaved: () => void;
}

/** The company's address and description; name and number come from the registration. */
export function ProfileForm({ profile, canManage, onSaved }: ProfileFormProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [street, setStreet] = useState(profile.street);
  const [postalCode, setPostalCode] = useState(profile.postalCode);
  const [city, setCity] = useState(profile.city);
  const [municipalityCode, setMunicipalityCode] = useState(profile.municipalityCode ?? '');
  const [website, setWebsite] = useState(profile.website ?? '');
  const [description, setDescription] = useState(profile.description);
  const mutation = useSaveProfile(profile.id);
  useUnsavedChanges(
    street !== profile.street ||
      postalCode !== profile.postalCode ||
      city !== profile.city ||
      municipalityCode !== (profile.municipalityCode ?? '') ||
      website !== (profile.website ?? '') ||
      description !== profile.description,
  );
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(
      {
        street,
        postalCode,
        city,
        municipalityCode: municipalityCode || null,
        website: website.trim() || null,
        description,
        version: profile.version,
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="profile-heading">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('company.name')} value={profile.name} readOnly />
          <TextInput
            label={t(`company.identifier.${profile.country}`)}
            value={profile.identifier}
            readOnly
          />
        </SimpleGrid>
        {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
        <fieldset disabled={!canManage} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="md">
            <TextInput
              label={t('company.street')}
              value={street}
              onChange={(e) => setStreet(e.currentTarget.value)}
              error={apiError?.fieldError('street')}
              maxLength={200}
              autoComplete="street-address"
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('company.postalCode')}
                value={postalCode}
                onChange={(e) => setPostalCode(e.currentTarget.value)}
                error={apiError?.fieldError('postalCode')}
                maxLength={20}
                autoComplete="postal-code"
              />
              <TextInput
                label={t('company.city')}
                value={city}
                onChange={(e) => setCity(e.currentTarget.value)}
                error={apiError?.fieldError('city')}
                maxLength={100}
                autoComplete="address-level2"
              />
              <MunicipalitySelect
                country={profile.country}
                value={municipalityCode}
                onChange={setMunicipalityCode}
                error={apiError?.fieldError('municipalityCode')}
              />
            </SimpleGrid>
            <TextInput
              label={t('company.website')}
              description={t('company.websiteHelp')}
              type="url"
              value={website}
              onChange={(e) => setWebsite(e.currentTarget.value)}
              error={apiError?.fieldError('website')}
              maxLength={200}
            />
            <Textarea
              label={t('company.description')}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              error={apiError?.fieldError('description')}
              maxLength={4000}
              autosize
              minRows={3}
            />
          </Stack>
        </fieldset>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {profile.updatedAt
              ? t('company.lastSaved', { when: f.dateTime(profile.updatedAt) })
              : t('company.neverSaved')}
          </Text>
          {canManage && (
            <Button type="submit" loading={mutation.isPending}>
              {t('company.saveProfile')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
