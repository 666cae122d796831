import { useId, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { useMe } from '../../api/session';
import type { Community } from '../../api/types';
import { useT } from '../../i18n/useT';
import { MAX_QUERY, isSearchable } from './searchModel';
import './search.css';

interface SearchBoxProps {
  className: string;
  /** The search landmark's name. */
  region: string;
  /** The field's and the button's name (for screen readers; the placeholder shows it). */
  label: string;
  placeholder: string;
  /** The words, trimmed; '' when there are none worth searching. */
  onSearch: (words: string) => void;
}

/** A compact search field with a magnifier button, in its own search landmark. */
function SearchBox({ className, region, label, placeholder, onSearch }: SearchBoxProps) {
  const [q, setQ] = useState('');
  const id = useId();
  return (
    <form
      role="search"
      className={`search-box ${className}`}
      aria-label={region}
      onSubmit={(e) => {
        e.preventDefault();
        const words = q.trim();
        onSearch(isSearchable(words) ? words : '');
        setQ('');
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="search"
        // Empty, it reads like the page (the placeholder on the right side in Persian).
        dir={q ? 'auto' : undefined}
        className="search-box-input"
        placeholder={placeholder}
        value={q}
        maxLength={MAX_QUERY}
        onChange={(e) => setQ(e.target.value)}
      />
      <button type="submit" className="search-box-button">
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <circle cx="7" cy="7" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <span className="visually-hidden">{label}</span>
      </button>
    </form>
  );
}

/** The search box in the site header: for everyone, on every page but the search page itself. */
export function HeaderSearch() {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  if (pathname === routePaths.search()) return null;
  return (
    <SearchBox
      className="header-search"
      region={t('search.header.region')}
      label={t('search.header.label')}
      placeholder={t('search.header.placeholder')}
      onSearch={(q) => void navigate(routePaths.search({ q }))}
    />
  );
}

/** On a community's page: search only its content, for those who may read it (/search?community=<slug>). */
export function CommunitySearch({ c }: { c: Community }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  if (c.visibility !== 'public' && c.viewer.role === null && me?.role !== 'admin') return null;
  return (
    <SearchBox
      className="community-search"
      region={t('search.community.region')}
      label={t('search.community.label')}
      placeholder={t('search.community.placeholder')}
      onSearch={(q) => void navigate(routePaths.search({ q, community: c.slug }))}
    />
  );
}
