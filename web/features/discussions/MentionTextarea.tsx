import { useQuery } from '@tanstack/react-query';
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { findMentionQuery, insertMention, matchMembers, type Mentionable, type MentionQuery } from './mentions';
import { discussionKeys } from './threadModel';

/** Members fetched for the autocomplete, at most (pages of 100). */
const MAX_MEMBERS = 500;
const SHOWN = 8;

/** The community's current members, loaded once when the first `@` is typed. */
function useMentionable(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: discussionKeys.members(slug),
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }) => {
      const out: Mentionable[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(api.GET('/api/communities/{slug}/members', { params: { path: { slug }, query: { cursor, limit: 100 } }, signal }));
        out.push(...page.items.map((m) => ({ id: m.userId, name: m.name })));
        cursor = page.nextCursor ?? undefined;
      } while (cursor && out.length < MAX_MEMBERS);
      return out;
    },
  });
}

export interface MentionTextareaProps {
  slug: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: React.ReactNode;
  error?: string;
  rows?: number;
  isRequired?: boolean;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/**
 * A Markdown textarea (`dir="auto"`) that offers the community's members after `@` + letters:
 * arrows move in the list, Enter or Tab picks, Escape closes; the pick becomes
 * `[@Name](/users/<id>)`. The list is a listbox the textarea points at (aria-activedescendant),
 * with a polite count for screen readers.
 */
export function MentionTextarea({ slug, name, label, value, onChange, description, error, rows = 6, isRequired, textareaRef }: MentionTextareaProps) {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const ids = useId();
  const inner = useRef<HTMLTextAreaElement | null>(null);
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  /** Where the caret goes after the next render (after a pick). */
  const pendingCaret = useRef<number | null>(null);
  const members = useMentionable(slug, query !== null);

  const open = query !== null && dismissed !== query.start;
  const options = useMemo(
    () => (open && members.data ? matchMembers(members.data, query.query, { limit: SHOWN, locale, exclude: me ? [me.id] : [] }) : []),
    [open, members.data, query, locale, me],
  );
  const shown = open && options.length > 0;
  const current = Math.min(active, Math.max(0, options.length - 1));

  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (caret === null || !inner.current) return;
    pendingCaret.current = null;
    inner.current.focus();
    inner.current.setSelectionRange(caret, caret);
  });

  const look = (el: HTMLTextAreaElement) => {
    const q = el.selectionStart === el.selectionEnd ? findMentionQuery(el.value, el.selectionStart) : null;
    setQuery((old) => (old?.start === q?.start && old?.query === q?.query ? old : q));
    if (q?.start !== query?.start) setActive(0);
    if (!q) setDismissed(null);
  };

  const pick = (person: Mentionable) => {
    if (!query) return;
    const out = insertMention(value, query, person);
    pendingCaret.current = out.caret;
    onChange(out.text);
    setQuery(null);
    setDismissed(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!shown) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % options.length);
    } else if ((e.key === 'Enter' || e.key === 'Tab') && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      pick(options[current]!);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setDismissed(query.start);
    }
  };

  let status = '';
  if (open && members.isFetching && !members.data) status = t('discussions.mention.loading');
  else if (open && members.isError) status = t('discussions.mention.failed');
  else if (open && members.data && options.length === 0) status = t('discussions.mention.none');
  else if (shown) status = t('discussions.mention.found', { count: options.length });

  const describedBy = [description ? `${ids}-help` : '', error ? `${ids}-error` : ''].filter(Boolean).join(' ') || undefined;
  const listId = `${ids}-list`;
  const optionId = (i: number) => `${ids}-opt-${i}`;

  return (
    <div className="field discussions-mention-field">
      <span className="field-label-row">
        <label className="field-label" htmlFor={`${ids}-input`}>
          {label}
        </label>
        {isRequired ? (
          <span className="field-required" aria-hidden="true">
            *
          </span>
        ) : null}
      </span>
      <textarea
        id={`${ids}-input`}
        ref={(el) => {
          inner.current = el;
          if (typeof textareaRef === 'function') textareaRef(el);
          else if (textareaRef) textareaRef.current = el;
        }}
        className="field-input field-textarea"
        name={name}
        dir="auto"
        rows={rows}
        value={value}
        required={isRequired}
        aria-required={isRequired || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        aria-autocomplete="list"
        aria-controls={shown ? listId : undefined}
        aria-activedescendant={shown ? optionId(current) : undefined}
        onChange={(e) => {
          onChange(e.target.value);
          look(e.target);
        }}
        onSelect={(e) => look(e.currentTarget)}
        onKeyDown={onKeyDown}
        onBlur={() => setQuery(null)}
      />
      {shown ? (
        <ul id={listId} role="listbox" className="discussions-mention-list" aria-label={t('discussions.mention.listLabel')}>
          {options.map((p, i) => (
            <li
              key={p.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              className="discussions-mention-option"
              // Keeps the focus (and the caret) in the textarea while the pointer picks.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(p)}
              onMouseEnter={() => setActive(i)}
            >
              <span aria-hidden="true">@</span>
              <bdi>{p.name}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
      {open && !shown && status ? <p className="field-help discussions-mention-empty">{status}</p> : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {description ? (
        <p id={`${ids}-help`} className="field-help">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={`${ids}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
