import { Button } from 'react-aria-components';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { ReorderButtons } from '../../ui/ReorderButtons';
import { TextInput } from '../../ui/TextInput';
import { useReorderableList } from '../../ui/useReorderableList';
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

/**
 * An editable, ordered list of keyed entries (a call's domains or audience groups): each with a
 * stable key (a–z, 0–9, _ -) and a title, moved up and down or removed; focus follows the entry.
 */
export function EntryListEditor<E extends Entry>({ name, legend, lead, entries, onChange, errors, create, withDescription }: EntryListEditorProps<E>) {
  const t = useT();
  const { locale } = useLocale();
  const titleOf = (e: E, i: number) => e.title.trim() || t('callAdmin.entry.untitled', { n: formatNumber(i + 1, locale) });
  const { listRef, addRef, announce, move, remove, focusField } = useReorderableList({
    entries,
    onChange,
    fieldName: (i) => `${name}.${i}.title`,
    moved: (e, from, to) => t('callAdmin.entry.moved', { title: titleOf(e, from), n: formatNumber(to + 1, locale), total: formatNumber(entries.length, locale) }),
    removed: (e, at) => t('callAdmin.entry.removed', { title: titleOf(e, at) }),
  });

  const update = (i: number, patch: Partial<E>) => onChange(entries.map((e, j) => (j === i ? { ...e, ...patch } : e)));

  const add = () => {
    const used = new Set(entries.map((e) => e.key));
    let n = entries.length + 1;
    const base = name === 'domains' ? 'domain' : 'group';
    while (used.has(`${base}-${n}`)) n++;
    const entry = create(`${base}-${n}`);
    onChange([...entries, { ...entry, uid: entry.uid || newUid() }]);
    focusField(`${name}.${entries.length}.title`);
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
      <ol className="reorder-list calls-admin-entry-list" ref={listRef}>
        {entries.map((e, i) => {
          const label = titleOf(e, i);
          return (
            <li key={e.uid} className="reorder-row">
              <span className="reorder-number" aria-hidden="true">
                {formatNumber(i + 1, locale)}
              </span>
              <div className="reorder-fields">
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
              <ReorderButtons
                id={e.uid}
                index={i}
                count={entries.length}
                labels={{
                  group: t('callAdmin.entry.actions', { title: label }),
                  up: t('callAdmin.entry.up', { title: label }),
                  down: t('callAdmin.entry.down', { title: label }),
                  remove: t('callAdmin.entry.remove', { title: label }),
                }}
                onMove={(by) => move(i, by)}
                onRemove={() => remove(i)}
              />
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
