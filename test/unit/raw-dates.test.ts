import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rawDateErrors } from '../../src/campaign/checks';

const dir = mkdtempSync(join(tmpdir(), 'loa-dates-'));
const errorsOf = (frontMatter: string) => {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.md`);
  writeFileSync(file, `---\n${frontMatter}\n---\nVăn bản.\n`);
  return rawDateErrors(file).map((e) => e.message);
};

describe('dates as written in the front matter', () => {
  it('accept real days, quoted or not, and a document number that looks like digits', () => {
    expect(
      errorsOf(
        'number: 2841/BTTTT-THH\ndate: 2020-08-01\npublished: "2020-08-03"\ncites:\n  - number: 1/A\n    date: 2020-07-31',
      ),
    ).toEqual([]);
  });
  it.each([
    ['date: 2020-02-30', 'date', '2020-02-30'],
    ['published: 2020-13-01', 'published', '2020-13-01'],
    ['cites:\n  - number: 1/A\n    date: 2020-02-31', 'cites[0].date', '2020-02-31'],
    ['figures:\n  - label: Lượt cài\n    value: 1\n    asOf: 2020-8-1', 'figures[0].asOf', '2020-8-1'],
    ['date: 2020-08-01T10:00:00Z', 'date', '2020-08-01T10:00:00Z'],
    ['date: 2020-08-01 10:00', 'date', '2020-08-01 10:00'],
    ['relations:\n  - kind: amends\n    number: 1/A\n    date: 2020-04-31', 'relations[0].date', '2020-04-31'],
    ['status:\n  - date: 2020-02-30\n    status: expired', 'status[0].date', '2020-02-30'],
    ['changes:\n  - date: 2020-9-1\n    note: Sửa', 'changes[0].date', '2020-9-1'],
  ])('name the field of %j', (frontMatter, field, value) => {
    const [message, ...rest] = errorsOf(frontMatter);
    expect(rest).toEqual([]);
    expect(message).toContain(`"${field}"`);
    expect(message).toContain(`“${value}” không phải một ngày có thật`);
  });
});
