import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every stylesheet and component of the web client. */
function files(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'api' ? [] : files(p, ext);
    return ext.test(e.name) ? [p] : [];
  });
}

// Physical directions break right-to-left layouts; logical properties mirror by themselves.
const PHYSICAL = [
  /\b(margin|padding|border)-(left|right)\b/,
  /(^|[\s;{])(left|right)\s*:/,
  /\btext-align\s*:\s*(left|right)\b/,
  /\bfloat\s*:\s*(left|right)\b/,
  /\bborder-(top|bottom)-(left|right)-radius\b/,
];
const EXTERNAL = /(https?:)?\/\/(?!localhost|127\.0\.0\.1)[a-z0-9.-]+\.[a-z]{2,}\/[^\s'")]*\.(css|js|woff2?|ttf|otf)|@import\s+url\(\s*['"]?https?:/i;

describe('web styles', () => {
  const sources = [...files('web', /\.css$/), ...files('web', /\.tsx$/)];

  it('use CSS logical properties only (no left/right)', () => {
    const offenders = sources.flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${file}:${i + 1}`, line }))
        .filter(({ line }) => PHYSICAL.some((re) => re.test(line.replace(/\/\*.*?\*\/|\/\/.*$/g, '')))),
    );
    expect(offenders).toEqual([]);
  });

  it('load nothing from outside the app', () => {
    const offenders = [...sources, 'web/index.html'].filter((file) => EXTERNAL.test(fs.readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
