// Every hit for a text, grouped by kind: "see all" from the header, and the way to search for
// keyboard, screen-reader and phone users.
import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { MAX_QUERY, MIN_QUERY, searchable, useSearch } from './api';
import { HitText } from './HitText';
import { hitPath } from './links';

/** How many of each kind the page shows (the server's most). */
const PER_KIND = 20;

export function SearchPage() {
  const { t } = useTranslation();
  const { activeMembership } = useAuth();
  if (!activeMembership) {
    return (
      <Page title={t('search.title')}>
        <EmptyState title={t('search.noOrganisation')} />
      </Page>
    );
  }
  return <SearchIn orgId={activeMembership.organisation.id} />;
}

function SearchIn({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const [tooShort, setTooShort] = useState(false);
  const search = useSearch(orgId, q, PER_KIND);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTooShort(!searchable(text));
    if (searchable(text)) setParams({ q: text.trim() });
  };

  return (
    <Page title={t('search.title')} description={t('search.intro')}>
      <form onSubmit={submit} role="search" aria-label={t('search.title')}>
        <Group align="flex-end" gap="sm">
          <TextInput
            type="search"
            label={t('search.label')}
            description={t('search.hint', { min: MIN_QUERY })}
            maxLength={MAX_QUERY}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={tooShort ? t('search.tooShort', { min: MIN_QUERY }) : undefined}
            w={360}
          />
          <Button type="submit">{t('search.submit')}</Button>
        </Group>
      </form>
      {!searchable(q) ? null : search.isPending ? (
        <Loading />
      ) : search.isError ? (
        <ErrorAlert error={search.error} onRetry={() => void search.refetch()} />
      ) : search.data.groups.length === 0 ? (
        <EmptyState title={t('search.none', { q: q.trim() })}>{t('search.noneHint')}</EmptyState>
      ) : (
        <Stack gap="lg" aria-live="polite">
          {search.data.groups.map((group) => (
            <section key={group.kind} aria-labelledby={`search-${group.kind}`}>
              <Title order={2} size="h4" id={`search-${group.kind}`} mb="xs">
                {t(`search.kinds.${group.kind}`)}
              </Title>
              <Paper withBorder radius="md" p="sm">
                <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {group.items.map((hit) => (
                    <li key={hit.id}>
                      <Anchor component={Link} to={hitPath(group.kind, hit.id)} underline="never">
                        <HitText hit={hit} />
                      </Anchor>
                    </li>
                  ))}
                </Stack>
                {group.more && (
                  <Text size="sm" c="dimmed" mt="xs">
                    {t('search.more', { count: PER_KIND })}
                  </Text>
                )}
              </Paper>
            </section>
          ))}
        </Stack>
      )}
    </Page>
  );
}
