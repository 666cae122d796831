import { Fragment, createElement, useCallback, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from './messages';

type PlainValues = Record<string, string | number>;
type RichValues = Record<string, ReactNode>;
type Format = (descriptor: { id: string }, values?: Record<string, unknown>) => string | ReactNode[];
type PlainFormat = (descriptor: { id: string }, values?: PlainValues) => string;

/** `t('auth.signIn.title')` → the message in the current language, as a string. */
export function useT(): (id: MessageId, values?: PlainValues) => string {
  const intl = useIntl();
  // With only strings and numbers as values, formatMessage returns a string.
  return useCallback((id, values) => (intl.formatMessage as PlainFormat)({ id }, values), [intl]);
}

/** A message with React values, e.g. `<Msg id="home.greeting" values={{ name: <bdi>{name}</bdi> }} />`. */
export function Msg({ id, values }: { id: MessageId; values?: RichValues }) {
  const intl = useIntl();
  const out = (intl.formatMessage as Format)({ id }, values);
  return Array.isArray(out) ? createElement(Fragment, null, ...out) : <>{out}</>;
}
