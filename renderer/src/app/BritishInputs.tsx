import { useState, type InputHTMLAttributes, type Ref } from 'react';
import { formatBritishDate, parseBritishDate, parseBritishTime } from '../../../shared/british-input.ts';

// Date and time fields that read and take "25/03/2021" and "10:00" whatever the system's locale:
// a browser's own date and time inputs follow it, showing 04/30/2021 and 10:00 AM on an American
// one. The value in and out stays ISO; onChange fires with it once what is typed is a whole date
// or time (or with '' when the field is cleared), and leaves the last good value alone meanwhile.

type ChangeLike = { target: { value: string } };
type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'min'> & {
  value: string;
  onChange: (event: ChangeLike) => void;
  /** The earliest date allowed, ISO. */
  min?: string;
  ref?: Ref<HTMLInputElement>;
};

function BritishInput({ value, onChange, parse, format, placeholder, min, ...rest }: Props & { parse: (text: string) => string | null; format: (value: string) => string }) {
  const [text, setText] = useState(() => format(value));
  const [shownValue, setShownValue] = useState(value);
  // A new value from outside (another field, a reload) replaces what is shown, unless it is what the text already says.
  if (value !== shownValue) {
    setShownValue(value);
    if (parse(text) !== value) setText(format(value));
  }
  const parsed = parse(text);
  const isBefore = parsed !== null && min !== undefined && parsed < min;
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={placeholder}
      value={text}
      aria-invalid={(text.trim() !== '' && parsed === null) || isBefore ? true : undefined}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const result = next.trim() === '' ? '' : parse(next);
        if (result !== null && !(min && result && result < min)) {
          setShownValue(result);
          onChange({ target: { value: result } });
        }
      }}
      onBlur={(event) => {
        // Tidy to the house form once the secretary moves on: "25/3/21" reads "25/03/2021".
        if (parsed !== null) setText(format(parsed));
        rest.onBlur?.(event);
      }}
    />
  );
}

export function DateInput(props: Props) {
  return <BritishInput placeholder="dd/mm/yyyy" {...props} parse={parseBritishDate} format={formatBritishDate} />;
}

export function TimeInput(props: Props) {
  return <BritishInput placeholder="hh:mm" {...props} parse={parseBritishTime} format={(time) => time} />;
}
