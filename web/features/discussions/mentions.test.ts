import { describe, expect, it } from 'vitest';
import { searchKey as foldName } from '../../i18n/searchKey';
import { escapeLinkText, findMentionQuery, insertMention, matchMembers, mentionMarkdown, mentionsIn } from './mentions';

const ALI = { id: '11111111-1111-4111-8111-111111111111', name: 'علی کاظمی' };
const FATEMEH = { id: '22222222-2222-4222-8222-222222222222', name: 'فاطمه رضایی' };
const MARYAM = { id: '33333333-3333-4333-8333-333333333333', name: 'مریم احمدی' };
const JOHN = { id: '44444444-4444-4444-8444-444444444444', name: 'John Smith' };
const ZAHRA = { id: '55555555-5555-4555-8555-555555555555', name: 'زهرا علی‌پور' };
const PEOPLE = [ALI, FATEMEH, MARYAM, JOHN, ZAHRA];

/** The query at the end of the text (the caret after the last character). */
const atEnd = (text: string) => findMentionQuery(text, text.length);

describe('findMentionQuery', () => {
  it('finds @ and the letters typed after it at the caret', () => {
    expect(atEnd('سلام @عل')).toEqual({ start: 5, end: 8, query: 'عل' });
    expect(atEnd('@')).toEqual({ start: 0, end: 1, query: '' });
    expect(atEnd('hi @jo')).toEqual({ start: 3, end: 6, query: 'jo' });
  });

  it('keeps up to two words of a name, with ZWNJ inside a word', () => {
    expect(atEnd('@علی کاظ')?.query).toBe('علی کاظ');
    expect(atEnd('@زهرا علی‌پ')?.query).toBe('زهرا علی‌پ');
    expect(atEnd('@یک دو سه چهار')).toBeNull();
  });

  it('is not a mention inside an email, a finished link, or after punctuation inside the query', () => {
    expect(atEnd('user@exam')).toBeNull();
    expect(atEnd('[@علی')).toBeNull();
    expect(atEnd('@علی.')).toBeNull();
    expect(atEnd('@ علی')).toBeNull();
    expect(atEnd('@علی  ')).toBeNull();
    expect(atEnd('سلام')).toBeNull();
    expect(atEnd('')).toBeNull();
  });

  it('starts after a line break, an opening bracket or Persian punctuation', () => {
    expect(atEnd('خط اول\n@مر')?.query).toBe('مر');
    expect(atEnd('(@مر')?.query).toBe('مر');
    expect(atEnd('«@مر')?.query).toBe('مر');
    expect(atEnd('سلام،@مر')?.query).toBe('مر');
  });

  it('reads up to the caret, not to the end of the text', () => {
    const text = 'سلام @مر و خداحافظ';
    expect(findMentionQuery(text, 8)).toEqual({ start: 5, end: 8, query: 'مر' });
    expect(findMentionQuery(text, 0)).toBeNull();
    expect(findMentionQuery(text, 99)).toBeNull();
  });
});

describe('insertMention', () => {
  it('replaces the query with the link and a space, and puts the caret after it', () => {
    const text = 'سلام @عل';
    const at = atEnd(text)!;
    const out = insertMention(text, at, ALI);
    expect(out.text).toBe(`سلام [@علی کاظمی](/users/${ALI.id}) `);
    expect(out.caret).toBe(out.text.length);
  });

  it('keeps the text after the caret and adds no second space', () => {
    const text = 'سلام @مر و خداحافظ';
    const out = insertMention(text, findMentionQuery(text, 8)!, MARYAM);
    expect(out.text).toBe(`سلام [@مریم احمدی](/users/${MARYAM.id}) و خداحافظ`);
    expect(out.text.slice(out.caret)).toBe('و خداحافظ');
  });

  it('stays on the line when a line break follows', () => {
    const text = '@جان\nادامه';
    const out = insertMention(text, findMentionQuery(text, 4)!, JOHN);
    expect(out.text).toBe(`[@John Smith](/users/${JOHN.id})\nادامه`);
    expect(out.text[out.caret]).toBe('\n');
  });

  it('escapes brackets in a name so the link cannot break', () => {
    expect(escapeLinkText('A [B] \\ C')).toBe('A \\[B\\] \\\\ C');
    expect(mentionMarkdown({ id: ALI.id, name: 'x]y' })).toBe(`[@x\\]y](/users/${ALI.id})`);
  });
});

describe('mentionsIn', () => {
  it('lists each mentioned person once, in order, with the name unescaped', () => {
    const body = `${mentionMarkdown(MARYAM)} و ${mentionMarkdown({ id: ALI.id, name: 'a]b' })} و باز ${mentionMarkdown(MARYAM)}`;
    expect(mentionsIn(body)).toEqual([
      { id: MARYAM.id, name: 'مریم احمدی' },
      { id: ALI.id, name: 'a]b' },
    ]);
  });

  it('ignores other links and plain @ text', () => {
    expect(mentionsIn('[سایت](https://example.org) @علی [@x](/users/not-an-id)')).toEqual([]);
  });
});

describe('foldName', () => {
  it('folds Arabic letter variants to the Persian ones', () => {
    expect(foldName('علي')).toBe(foldName('علی'));
    expect(foldName('كاظم')).toBe(foldName('کاظم'));
    expect(foldName('فاطمة')).toBe(foldName('فاطمه'));
    expect(foldName('أحمد')).toBe(foldName('احمد'));
    expect(foldName('مؤمن')).toBe(foldName('مومن'));
    expect(foldName('مُحَمَّد')).toBe('محمد');
    expect(foldName('محـــمد')).toBe('محمد');
  });

  it('turns ZWNJ into a space, folds digits and case', () => {
    expect(foldName('علی‌پور')).toBe('علی پور');
    expect(foldName('Room ۱۲ ١٢')).toBe('room 12 12');
  });
});

describe('matchMembers', () => {
  it('finds names typed with Arabic-keyboard letters', () => {
    expect(matchMembers(PEOPLE, 'علي')).toEqual([ALI, ZAHRA]);
    expect(matchMembers(PEOPLE, 'كاظ')).toEqual([ALI]);
    expect(matchMembers(PEOPLE, 'فاطمة')).toEqual([FATEMEH]);
  });

  it('ranks names that start with the query before later words and inner matches', () => {
    const people = [{ id: 'a', name: 'مهدی رضا' }, { id: 'b', name: 'رضا مهدوی' }, { id: 'c', name: 'علیرضا' }];
    expect(matchMembers(people, 'رضا').map((p) => p.id)).toEqual(['b', 'a', 'c']);
  });

  it('matches a query of several word starts, any case', () => {
    expect(matchMembers(PEOPLE, 'jo sm')).toEqual([JOHN]);
    expect(matchMembers(PEOPLE, 'SMITH')).toEqual([JOHN]);
    expect(matchMembers(PEOPLE, 'مر احم')).toEqual([MARYAM]);
  });

  it('lists everyone for an empty query, in alphabetical order, up to the limit, without the excluded', () => {
    expect(matchMembers(PEOPLE, '', { limit: 3, exclude: [ALI.id], locale: 'fa' }).map((p) => p.name)).toEqual(['زهرا علی‌پور', 'فاطمه رضایی', 'مریم احمدی']);
  });

  it('offers nobody without a name, and nothing for a query that matches no one', () => {
    expect(matchMembers([{ id: 'x', name: '' }], '')).toEqual([]);
    expect(matchMembers(PEOPLE, 'ناشناس')).toEqual([]);
  });
});
