// The one field for a price. A text field, not a number field: a number field drops what it cannot
// read ("8a5O,50" became 85.5), this one keeps every character and, once the user leaves it, says
// in their language what is wrong. The form reads the same text with usePriceField().read.
import { TextInput, type TextInputProps } from '@mantine/core';
import type { Currency } from '@tildel/domain/money';
import { useState } from 'react';
import { usePriceField } from '../lib/money';

type Props = Omit<TextInputProps, 'value' | 'onChange'> & {
  /** As typed (a form's getInputProps gives it, so it may come undefined before the first render). */
  value?: string | undefined;
  onChange: (text: string) => void;
  currency: Currency;
};

export function MoneyInput({ value = '', onChange, currency, error, onBlur, ...rest }: Props) {
  const { read } = usePriceField();
  const [left, setLeft] = useState(false);
  // An empty field is the form's to judge: some prices are optional.
  const refusal = left && value.trim() !== '' ? read(value, currency).error : null;
  return (
    <TextInput
      {...rest}
      inputMode="decimal"
      autoComplete="off"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event) => {
        setLeft(true);
        onBlur?.(event);
      }}
      error={refusal ?? error}
    />
  );
}
