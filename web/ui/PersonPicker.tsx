import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text, type Key } from 'react-aria-components';
import { api, unwrap } from '../api/client';
import { useT } from '../i18n/useT';
import { useErrorMessage } from './FormAlert';

/** A person chosen in the picker. */
export interface PickedPerson {
  id: string;
  name: string;
  organization?: string;
}

export interface PersonPickerProps {
  label: string;
  /** The input's `name`. */
  name: string;
  onPick: (person: PickedPerson) => void;
  /** User ids not to offer (e.g. yourself, people already added). */
  exclude?: string[];
  description?: string;
}

/** Searching starts at this many letters (the server needs two). */
const MIN_QUERY = 2;
const DEBOUNCE_MS = 250;

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Finds a registered person by name (`GET /api/users?q=`) and hands the choice to `onPick`.
 * A React Aria combobox: type, move with the arrow keys, Enter to choose; the box clears after a choice.
 */
export function PersonPicker({ label, name, onPick, exclude, description }: PersonPickerProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const [input, setInput] = useState('');
  const query = useDebounced(input.trim(), DEBOUNCE_MS);
  const enabled = query.length >= MIN_QUERY;

  const people = useQuery({
    queryKey: ['people', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/users', { params: { query: { q: query } }, signal })),
    enabled,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });

  const excluded = new Set(exclude ?? []);
  const items: PickedPerson[] =
    enabled && input.trim().length >= MIN_QUERY
      ? (people.data?.items ?? [])
          .filter((p) => !excluded.has(p.id))
          .map((p) => ({ id: p.id, name: p.name, organization: p.fields.organization || undefined }))
      : [];

  const typing = input.trim().length >= MIN_QUERY && (input.trim() !== query || people.isFetching);
  let status = '';
  if (input.trim().length > 0 && input.trim().length < MIN_QUERY) status = t('people.tooShort', { count: MIN_QUERY });
  else if (people.isError && enabled) status = errorMessage(people.error);
  else if (typing && items.length === 0) status = t('people.searching');
  else if (enabled && people.isSuccess && items.length === 0) status = t('people.none');
  else if (items.length > 0) status = t('people.found', { count: items.length });

  const pick = (key: Key | null) => {
    if (key == null) return;
    const person = items.find((p) => p.id === key);
    if (!person) return;
    onPick(person);
    setInput('');
  };

  return (
    // Enter picks the highlighted person; it never sends the form the picker sits in.
    <div
      className="person-picker"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target instanceof HTMLInputElement) e.preventDefault();
      }}
    >
      <ComboBox<PickedPerson>
        className="field"
        name={name}
        items={items}
        inputValue={input}
        onInputChange={setInput}
        selectedKey={null}
        onSelectionChange={pick}
        menuTrigger="input"
        allowsEmptyCollection
        allowsCustomValue
      >
        <Label className="field-label">{label}</Label>
        <Input className="field-input" dir="auto" autoComplete="off" placeholder={t('people.placeholder')} />
        <Text slot="description" className="field-help">
          {description ?? t('people.help')}
        </Text>
        <Popover className="select-popover person-picker-popover" offset={4}>
          <ListBox<PickedPerson>
            className="listbox"
            aria-label={t('people.results')}
            renderEmptyState={() => <p className="muted small" style={{ margin: 0, padding: 'var(--space-2) var(--space-3)' }}>{status || t('people.help')}</p>}
          >
            {(p) => (
              <ListBoxItem id={p.id} textValue={p.name} className="listbox-item person-option">
                <bdi style={{ display: 'block' }}>{p.name}</bdi>
                {p.organization ? (
                  <>
                    {' '}
                    <bdi className="muted small" style={{ display: 'block' }}>
                      {p.organization}
                    </bdi>
                  </>
                ) : null}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      {/* Read by screen readers as results arrive (the list itself is not announced). */}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
