// A list's search box among its filters: a search field without the browser's autofill, as wide as
// the other filters allow. The list asks the server after a pause in typing (the caller debounces).
import { TextInput } from '@mantine/core';

export function ListSearch({
  label,
  description,
  value,
  onChange,
}: {
  label: string;
  description: string;
  value: string;
  onChange: (text: string) => void;
}) {
  return (
    <TextInput
      type="search"
      label={label}
      description={description}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      autoComplete="off"
      maxLength={100}
      w={{ base: '100%', xs: 320 }}
    />
  );
}
