// A choice among many (suppliers, establishments) that the server finds by what is typed: the
// first matches in name order and how many match in all, so every one is findable by its name and
// the list never stops short without saying so.
import { useState } from 'react';
import { Select, type ComboboxItem, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

export interface FoundChoices {
  items: ComboboxItem[];
  total: number;
}

type Props = Omit<
  SelectProps,
  'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter' | 'onChange'
> & {
  /** What identifies the search (the list it searches in); the typed text is added to it. */
  queryKey: readonly unknown[];
  /** Asks the server for the choices whose name holds the text. */
  search: (text: string, signal: AbortSignal) => Promise<FoundChoices>;
  /** False while the search cannot be asked yet (e.g. before its agreement is chosen). */
  enabled?: boolean;
  onChange?: (value: string | null) => void;
  /** The chosen item with its label, e.g. to name it once saved. */
  onChosen?: (choice: ComboboxItem | null) => void;
  /** The name of a value given from outside (a preset), until the reader chooses another. */
  valueLabel?: string | undefined;
};

export function SearchSelect({
  queryKey,
  search,
  enabled = true,
  valueLabel,
  onChange,
  onChosen,
  description,
  ...props
}: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<ComboboxItem | null>(null);
  const given = typeof props.value === 'string' ? props.value : null;
  const chosen =
    picked?.value === given
      ? picked
      : given && valueLabel !== undefined
        ? { value: given, label: valueLabel }
        : null;
  const [typed] = useDebouncedValue(text.trim(), 250);
  // Once chosen, the box shows the label: that is not a new search.
  const asked = chosen && typed === chosen.label ? '' : typed;
  const found = useQuery({
    queryKey: [...queryKey, 'choices', asked],
    queryFn: ({ signal }) => search(asked, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
  const items = found.data?.items ?? [];
  const data = chosen && !items.some((i) => i.value === chosen.value) ? [chosen, ...items] : items;
  const more =
    found.data && found.data.total > found.data.items.length
      ? t('choices.more', { shown: found.data.items.length, total: found.data.total })
      : null;
  return (
    <Select
      {...props}
      data={data}
      searchable
      // The list opens as the reader types or clicks, not when a dialog focuses the box: it would
      // cover the fields below before anything is asked.
      openOnFocus={false}
      searchValue={text}
      onSearchChange={setText}
      // The server has filtered already; the box shows what it answered.
      filter={({ options }) => options}
      onChange={(value, option) => {
        const choice = value === null ? null : option;
        setPicked(choice);
        onChosen?.(choice);
        onChange?.(value);
      }}
      description={
        description || more ? (
          <>
            {description}
            {description && more ? ' ' : null}
            {more}
          </>
        ) : undefined
      }
      nothingFoundMessage={found.isFetching ? t('choices.searching') : t('choices.nothingFound')}
    />
  );
}
