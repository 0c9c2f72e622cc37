// The glossary: the domain's words in the reader's language, each with its Swedish and Danish
// word, what it means and where in Tildel it appears. Every term has a stable anchor
// (/glossary#jamforelsepris) that forms link to. It holds no personal data, so it is open to
// anyone: in the signed-in layout when signed in, in the public one otherwise.
import { useEffect } from 'react';
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Page } from '../../../components/Page';
import { GLOSSARY_TERM_IDS, glossaryHref, isGlossaryTermId } from '../../../lib/glossary';
import type { GlossaryTermId } from '../../../lib/glossary';
import { INTL_LOCALE, currentLocale } from '../../../i18n';
import { GLOSSARY_GROUPS, TERM_WORDS, type GlossaryGroup } from './terms';

/** Clears the fixed header when the browser scrolls an entry into view. */
const SCROLL_MARGIN = 88;

function termsOf(group: GlossaryGroup): GlossaryTermId[] {
  return GLOSSARY_TERM_IDS.filter((id) => TERM_WORDS[id].group === group);
}

/** Scroll to the entry the address names and move focus to its heading, once it is rendered. */
function useFocusTarget(): string | null {
  const { hash, key } = useLocation();
  const target = decodeURIComponent(hash.replace(/^#/, ''));
  const term = isGlossaryTermId(target) ? target : null;
  useEffect(() => {
    if (!term) return;
    // After the layout's own focus handling on navigation, which runs in the same commit.
    const frame = requestAnimationFrame(() => {
      const heading = document.getElementById(`${term}-name`);
      document.getElementById(term)?.scrollIntoView({ block: 'start' });
      heading?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [term, key]);
  return term;
}

function Words({ term }: { term: GlossaryTermId }) {
  const { t } = useTranslation();
  const words = TERM_WORDS[term];
  const word = (value: string | null, lang: 'sv' | 'da') =>
    value === null ? (
      <Text component="dd" size="sm" fs="italic" m={0}>
        {t('glossary.noEquivalent')}
      </Text>
    ) : (
      <Text component="dd" size="sm" fw={600} m={0} lang={lang}>
        {value}
      </Text>
    );
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="xs" m={0}>
      <div>
        <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={700}>
          {t('glossary.swedish')}
        </Text>
        {word(words.sv, 'sv')}
      </div>
      <div>
        <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={700}>
          {t('glossary.danish')}
        </Text>
        {word(words.da, 'da')}
      </div>
    </SimpleGrid>
  );
}

function Entry({ term, targeted }: { term: GlossaryTermId; targeted: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper
      component="article"
      id={term}
      aria-labelledby={`${term}-name`}
      withBorder
      p="md"
      radius="md"
      style={{
        scrollMarginTop: SCROLL_MARGIN,
        borderLeft: `4px solid var(--mantine-color-${targeted ? 'blue-7' : 'gray-3'})`,
      }}
    >
      <Stack gap="xs">
        <Title order={3} size="h4" id={`${term}-name`} tabIndex={-1}>
          {t(`glossary.terms.${term}.name`)}
        </Title>
        <Words term={term} />
        <Text>{t(`glossary.terms.${term}.definition`)}</Text>
        <Text size="sm">
          <Text component="span" size="sm" fw={700}>
            {t('glossary.inTildel')}:
          </Text>{' '}
          {t(`glossary.terms.${term}.where`)}
        </Text>
      </Stack>
    </Paper>
  );
}

export function GlossaryPage() {
  const { t } = useTranslation();
  const targeted = useFocusTarget();
  const locale = INTL_LOCALE[currentLocale()];
  // The index in the reader's alphabet; the entries below keep their groups.
  const collator = new Intl.Collator(locale);
  const index = GLOSSARY_TERM_IDS.map((id) => ({ id, name: t(`glossary.terms.${id}.name`) })).sort(
    (a, b) => collator.compare(a.name, b.name),
  );

  return (
    <Page title={t('glossary.title')} description={t('glossary.intro')}>
      <nav aria-labelledby="glossary-index">
        <Title order={2} size="h4" id="glossary-index" mb="xs">
          {t('glossary.index')}
        </Title>
        <Text
          component="ul"
          size="sm"
          m={0}
          p={0}
          style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: '4px 16px' }}
        >
          {index.map(({ id, name }) => (
            <li key={id}>
              <Anchor component={Link} to={glossaryHref(id)} size="sm">
                {name}
              </Anchor>
            </li>
          ))}
        </Text>
      </nav>
      {GLOSSARY_GROUPS.map((group) => (
        <Stack key={group} component="section" gap="sm" aria-labelledby={`glossary-group-${group}`}>
          <Title order={2} size="h3" id={`glossary-group-${group}`}>
            {t(`glossary.groups.${group}`)}
          </Title>
          {termsOf(group).map((term) => (
            <Entry key={term} term={term} targeted={term === targeted} />
          ))}
        </Stack>
      ))}
    </Page>
  );
}
