import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Locale } from '../i18n/index.js';

type Cell = string | number;

/**
 * A table as a download: CSV with a byte-order mark (so spreadsheet programs read Persian as
 * UTF-8), or XLSX with a bold frozen header, right to left for Persian and Arabic.
 */
export async function spreadsheet(format: 'csv' | 'xlsx', table: { header: string[]; rows: Cell[][]; sheet: string; locale: Locale; width: (column: number) => number }) {
  const { header, rows } = table;
  if (format === 'csv') return { type: 'text/csv; charset=utf-8', ext: 'csv', body: Buffer.from('\uFEFF' + stringify([header, ...rows]), 'utf8') };
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(table.sheet, { views: [{ rightToLeft: table.locale !== 'en', state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((c, i) => (c.width = table.width(i)));
  return { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx', body: Buffer.from(await book.xlsx.writeBuffer()) };
}
