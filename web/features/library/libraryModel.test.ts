import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../i18n/format';
import { acceptOf, mayBeAllowed, sizeParts, titleFromFileName, typeInfo } from './libraryModel';

describe('the library model', () => {
  it('writes sizes as people read them, in the viewer\'s digits', () => {
    expect(sizeParts(900)).toEqual({ unit: 'b', n: 900 });
    expect(sizeParts(1500)).toEqual({ unit: 'kb', n: 1 });
    expect(sizeParts(250 * 1024)).toEqual({ unit: 'kb', n: 250 });
    const mb = sizeParts(2.44 * 1024 * 1024);
    expect(mb).toEqual({ unit: 'mb', n: 2.4 });
    expect(formatNumber(mb.n, 'fa')).toBe('۲٫۴');
    expect(formatNumber(mb.n, 'en')).toBe('2.4');
  });

  it('names the allowed types and accepts files by type or extension; the server decides by the bytes', () => {
    expect(typeInfo('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toEqual({ label: 'library.type.docx', short: 'DOCX', family: 'text' });
    expect(typeInfo('application/x-something-odd')).toMatchObject({ label: null, family: 'other' });
    const types = ['application/pdf', 'image/jpeg'];
    expect(acceptOf(types)).toBe('application/pdf,image/jpeg,.pdf,.jpg,.jpeg');
    expect(mayBeAllowed({ name: 'گزارش.PDF', type: '' }, types)).toBe(true);
    expect(mayBeAllowed({ name: 'photo.jpeg', type: 'image/jpeg' }, types)).toBe(true);
    expect(mayBeAllowed({ name: 'setup.exe', type: 'application/x-msdownload' }, types)).toBe(false);
  });

  it('takes the title from the file name without its extension', () => {
    expect(titleFromFileName('راهنمای انجمن.pdf')).toBe('راهنمای انجمن');
    expect(titleFromFileName('C:\\docs\\report v2.docx')).toBe('report v2');
    expect(titleFromFileName('.hidden')).toBe('.hidden');
  });
});
