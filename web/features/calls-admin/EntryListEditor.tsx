import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { TextInput } from '../../ui/TextInput';
import { MAX_ENTRIES, newUid, type ErrorMap } from './model';

interface Entry {
  uid: string;
  key: string;
  title: string;
  description?: string;
}

interface EntryListEditorProps<E extends Entry> {
  /** `domains` or `audienceGroups`: the API field, and the prefix of each input's name (`domains.1.key`). */
  name: 'domains' | 'audienceGroups';
  legend: string;
  lead: string;
  entries: E[];
  onChange: (entries: E[]) => void;
  /** Errors by dotted path (`domains.1.key`); the list's own error under `name`. */
  errors: ErrorMap;
  /** A new, empty entry (its key suggested, unique). */
  create: (key: string) => E;
  withDescription?: boolean;
}

/** Where focus goes after the next render: an input by name, or a row's button (by the entry's uid). */
type FocusTarget = { name: string } | { uid: string; action: 'up' | 'down' } | { add: true };

/**
 * An editable, ordered list of keyed entries (a call's domains or audience groups): each with a
 * stable key (a–z, 0–9, _ -) and a title, moved up and down or removed; focus follows the entry.
 */
export function EntryListEditor<E extends Entry>({ name, legend, lead, entries, onChange, errors, create, withDescription }: EntryListEditorProps<E>) {
  const t = useT();
  const { locale } = useLocale();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<{ target: FocusTarget; tick: number } | null>(null);
  const [announce, setAnnounce] = useState('');

  useEffect(() => {
    if (!focus) return;
    const { target } = focus;
    let el: HTMLElement | null | undefined;
    if ('name' in target) el = listRef.current?.querySelector<HTMLElement>(`[name="${CSS.escape(target.name)}"]`);
    else if ('uid' in target) el = listRef.current?.querySelector<HTMLElement>(`[data-entry="${CSS.escape(target.uid)}"][data-action="${target.action}"]`);
    el ??= addRef.current?.querySelector<HTMLElement>('button');
    el?.focus();
  }, [focus]);

  const focusNext = (target: FocusTarget) => setFocus((old) => ({ target, tick: (old?.tick ?? 0) + 1 }));
  const titleOf = (e: E, i: number) => e.title.trim() || t('callAdmin.entry.untitled', { n: formatNumber(i + 1, locale) });

  const update = (i: number, patch: Partial<E>) => onChange(entries.map((e, j) => (j === i ? { ...e, ...patch } : e)));

  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    const a = entries[i];
    const b = entries[j];
    if (!a || !b) return;
    const next = [...entries];
    next[i] = b;
    next[j] = a;
    onChange(next);
    setAnnounce(t('callAdmin.entry.moved', { title: titleOf(a, i), n: formatNumber(j + 1, locale), total: formatNumber(entries.length, locale) }));
    // At the top or bottom, the button pressed disappears: focus its twin.
    const action = by < 0 ? (j === 0 ? 'down' : 'up') : j === entries.length - 1 ? 'up' : 'down';
    focusNext({ uid: a.uid, action });
  };

  const remove = (i: number) => {
    const gone = entries[i];
    if (!gone) return;
    onChange(entries.filter((_, j) => j !== i));
    setAnnounce(t('callAdmin.entry.removed', { title: titleOf(gone, i) }));
    const neighbour = entries[i + 1] ?? entries[i - 1];
    const at = entries[i + 1] ? i : i - 1;
    focusNext(neighbour ? { name: `${name}.${at}.title` } : { add: true });
  };

  const add = () => {
    const used = new Set(entries.map((e) => e.key));
    let n = entries.length + 1;
    const base = name === 'domains' ? 'domain' : 'group';
    while (used.has(`${base}-${n}`)) n++;
    const entry = create(`${base}-${n}`);
    onChange([...entries, { ...entry, uid: entry.uid || newUid() }]);
    focusNext({ name: `${name}.${entries.length}.title` });
  };

  const listError = errors[name];

  return (
    <fieldset className="card calls-admin-section calls-admin-entries" aria-describedby={`${name}-lead`}>
      <legend className="calls-admin-legend">{legend}</legend>
      <p id={`${name}-lead`} className="muted">
        {lead}
      </p>
      {listError ? (
        <p className="field-error" data-error="true" tabIndex={-1}>
          {listError}
        </p>
      ) : null}
      <ol className="calls-admin-entry-list" ref={listRef}>
        {entries.map((e, i) => {
          const label = titleOf(e, i);
          return (
            <li key={e.uid} className="calls-admin-entry">
              <span className="calls-admin-entry-number" aria-hidden="true">
                {formatNumber(i + 1, locale)}
              </span>
              <div className="calls-admin-entry-fields">
                <div className="calls-admin-entry-row">
                  <div className="calls-admin-entry-title">
                    <TextInput
                      name={`${name}.${i}.title`}
                      label={t('callAdmin.entry.title', { n: formatNumber(i + 1, locale) })}
                      value={e.title}
                      onChange={(v) => update(i, { title: v } as Partial<E>)}
                      error={errors[`${name}.${i}.title`]}
                      dir="auto"
                      isRequired
                    />
                  </div>
                  <div className="calls-admin-entry-key">
                    <TextInput
                      name={`${name}.${i}.key`}
                      label={t('callAdmin.entry.key')}
                      value={e.key}
                      onChange={(v) => update(i, { key: v } as Partial<E>)}
                      error={errors[`${name}.${i}.key`]}
                      dir="ltr"
                      description={t('callAdmin.entry.keyHelp')}
                      isRequired
                    />
                  </div>
                </div>
                {withDescription ? (
                  <TextInput
                    name={`${name}.${i}.description`}
                    label={t('callAdmin.entry.description')}
                    value={e.description ?? ''}
                    onChange={(v) => update(i, { description: v } as Partial<E>)}
                    error={errors[`${name}.${i}.description`]}
                    dir="auto"
                    multiline
                    rows={2}
                  />
                ) : null}
              </div>
              <div className="calls-admin-entry-actions" role="group" aria-label={t('callAdmin.entry.actions', { title: label })}>
                {i > 0 ? (
                  <Button className="calls-admin-icon-button" data-entry={e.uid} data-action="up" aria-label={t('callAdmin.entry.up', { title: label })} onPress={() => move(i, -1)}>
                    <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
                      <path d="M3 10l5-5 5 5" fill="none" stroke="currentColor" strokeWidth="1.8" />
                    </svg>
                  </Button>
                ) : (
                  <span className="calls-admin-icon-spacer" />
                )}
                {i < entries.length - 1 ? (
                  <Button className="calls-admin-icon-button" data-entry={e.uid} data-action="down" aria-label={t('callAdmin.entry.down', { title: label })} onPress={() => move(i, 1)}>
                    <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
                      <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="1.8" />
                    </svg>
                  </Button>
                ) : (
                  <span className="calls-admin-icon-spacer" />
                )}
                <Button className="calls-admin-icon-button calls-admin-remove" aria-label={t('callAdmin.entry.remove', { title: label })} onPress={() => remove(i)}>
                  <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
                    <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="1.8" />
                  </svg>
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div ref={addRef} className="calls-admin-entry-add">
        {entries.length < MAX_ENTRIES ? (
          <Button className="button button-secondary" onPress={add}>
            {name === 'domains' ? t('callAdmin.domains.add') : t('callAdmin.groups.add')}
          </Button>
        ) : (
          <p className="muted small">{t('callAdmin.entry.max', { max: formatNumber(MAX_ENTRIES, locale) })}</p>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
    </fieldset>
  );
}
