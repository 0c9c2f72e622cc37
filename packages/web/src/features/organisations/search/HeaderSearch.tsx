// The search field in the header: type a name or reference, pick a hit (arrows and Enter, or a
// click) to open its page; Enter without a hit chosen opens the search page. On a phone it is a
// button to the search page (as on a narrow tablet, where the header has no room for it).
import { useState } from 'react';
import { ActionIcon, Box, Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/api';
import { MAX_QUERY, searchable, useSearch } from './api';
import { HitText } from './HitText';
import { hitPath, searchPagePath } from './links';

/** How many of each kind the field shows; the search page shows more. */
const PER_KIND = 5;
const SEE_ALL = 'see-all';

function SearchIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
      <line x1="16.5" y1="16.5" x2="21" y2="21" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

export function HeaderSearch({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 250);
  const search = useSearch(orgId, debounced, PER_KIND);
  const combobox = useCombobox({
    onDropdownClose: () => combobox.resetSelectedOption(),
  });

  const open = (path: string) => {
    combobox.closeDropdown();
    setText('');
    navigate(path);
  };
  const groups = search.data?.groups ?? [];
  const ready = searchable(debounced) && search.data !== undefined;

  return (
    <>
      <Box visibleFrom="md" w={260}>
        <Combobox
          store={combobox}
          onOptionSubmit={(value) => {
            if (value === SEE_ALL) return open(searchPagePath(text));
            const [kind, id] = value.split(':') as [(typeof groups)[number]['kind'], string];
            open(hitPath(kind, id));
          }}
        >
          <Combobox.Target withExpandedAttribute>
            <TextInput
              type="search"
              size="sm"
              aria-label={t('search.label')}
              placeholder={t('search.placeholder')}
              maxLength={MAX_QUERY}
              value={text}
              leftSection={<SearchIcon />}
              rightSection={search.isFetching ? <Loader size={14} /> : null}
              onChange={(event) => {
                setText(event.currentTarget.value);
                combobox.openDropdown();
                combobox.resetSelectedOption();
              }}
              onFocus={() => searchable(text) && combobox.openDropdown()}
              onBlur={() => combobox.closeDropdown()}
              onKeyDown={(event) => {
                // Enter with no hit chosen: every hit, on the search page.
                if (event.key === 'Enter' && combobox.getSelectedOptionIndex() === -1) {
                  event.preventDefault();
                  if (searchable(text)) open(searchPagePath(text));
                }
              }}
            />
          </Combobox.Target>
          <Combobox.Dropdown hidden={!searchable(text)}>
            <Combobox.Options
              aria-label={t('search.results')}
              mah={420}
              style={{ overflowY: 'auto' }}
            >
              {search.isError ? (
                <Combobox.Empty>{errorMessage(search.error)}</Combobox.Empty>
              ) : !ready ? (
                <Combobox.Empty>{t('search.searching')}</Combobox.Empty>
              ) : groups.length === 0 ? (
                <Combobox.Empty>{t('search.none', { q: debounced.trim() })}</Combobox.Empty>
              ) : (
                groups.map((group) => (
                  <Combobox.Group key={group.kind} label={t(`search.kinds.${group.kind}`)}>
                    {group.items.map((hit) => (
                      <Combobox.Option key={hit.id} value={`${group.kind}:${hit.id}`}>
                        <HitText hit={hit} />
                      </Combobox.Option>
                    ))}
                  </Combobox.Group>
                ))
              )}
              {ready && groups.length > 0 && (
                <Combobox.Option value={SEE_ALL}>
                  <Text size="sm" c="blue.8">
                    {t('search.seeAll', { q: debounced.trim() })}
                  </Text>
                </Combobox.Option>
              )}
            </Combobox.Options>
          </Combobox.Dropdown>
        </Combobox>
      </Box>
      <ActionIcon
        hiddenFrom="md"
        component={Link}
        to="/search"
        variant="subtle"
        size="lg"
        aria-label={t('search.open')}
      >
        <SearchIcon />
      </ActionIcon>
    </>
  );
}
