import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, type Key } from 'react-aria-components';

export interface SelectOption<K extends string> {
  id: K;
  label: string;
  /** The option's language, when it differs from the page (language names). */
  lang?: string;
}

export interface SelectFieldProps<K extends string> {
  name?: string;
  label: string;
  /** Keep the label for screen readers only. */
  hideLabel?: boolean;
  value: K;
  options: readonly SelectOption<K>[];
  onChange: (value: K) => void;
  isDisabled?: boolean;
  className?: string;
}

/** A single-choice select (React Aria): keyboard and screen-reader friendly, mirrored in RTL. */
export function SelectField<K extends string>(props: SelectFieldProps<K>) {
  const { label, value, options, onChange } = props;
  return (
    <Select
      className={`select ${props.className ?? ''}`.trim()}
      name={props.name}
      value={value}
      isDisabled={props.isDisabled}
      onChange={(key: Key | null) => {
        const next = options.find((o) => o.id === key);
        if (next && next.id !== value) onChange(next.id);
      }}
    >
      <Label className={props.hideLabel ? 'visually-hidden' : 'field-label'}>{label}</Label>
      <Button className="select-button">
        <SelectValue className="select-value" />
        <svg className="select-chevron" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
          <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      </Button>
      <Popover className="select-popover" offset={4}>
        <ListBox className="listbox">
          {options.map((o) => (
            <ListBoxItem key={o.id} id={o.id} textValue={o.label} className="listbox-item" lang={o.lang}>
              {o.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
