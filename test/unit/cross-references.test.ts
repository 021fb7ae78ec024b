import { describe, expect, it } from 'vitest';
import { buildReferences, uncitedNumbersInBody } from '../../src/directives/cross-references';
import { buildRelations, currentStatus, relationErrors, statusHistory } from '../../src/directives/relations';
import { RELATION_KINDS } from '../../src/directives/relation-kinds';
import { checkCampaign } from '../../src/campaign/checks';
import { directiveSchema } from '../../src/directives/schema';
import { measureSchema } from '../../src/channels/content';
import { settingsSchema } from '../../src/channels/content';
import type { DirectiveEntry, MeasureEntry } from '../../src/core/records';

const base = {
  type: 'công văn',
  issuer: { name: 'Bộ A', header: ['BỘ A'] },
  province: 'Trung ương',
  place: 'Hà Nội',
  date: '2020-08-01',
  subject: 'V/v thử',
  source: 'x.txt',
};
const doc = (id: string, extra: Record<string, unknown>, body = ''): DirectiveEntry => ({
  id,
  file: `content/directives/${id}.mdx`,
  body,
  data: directiveSchema.parse({ ...base, ...extra }),
});
const measure = (n: number): MeasureEntry => ({
  id: `0${n}-m`,
  file: `content/measures/0${n}-m.mdx`,
  body: '',
  data: measureSchema.parse({
    number: n,
    title: 'T',
    official: 'O',
    summary: 'S',
    actors: ['A'],
    channels: ['C'],
    poster: { headline: 'H', body: 'B', cta: 'C' },
    clip: {
      title: 'T',
      scenes: [
        { duration: 15, visual: 'v', onScreen: 'o', voiceover: 'v', sound: 's' },
        { duration: 15, visual: 'v', onScreen: 'o', voiceover: 'v', sound: 's' },
      ],
    },
  }),
});
const settings = settingsSchema.parse({
  campaign: { slug: 'x', name: 'X', title: 'X', tagline: 'X', year: 2020 },
  app: { name: 'X', description: 'X', installUrl: 'https://x.example/', installSteps: ['a'] },
  site: { url: 'https://s.example', title: 'S', description: 'S', publisher: 'P' },
  rootDocument: '1/A-B',
  palette: {
    primary: '#000000',
    primaryDark: '#000000',
    accent: '#000000',
    ink: '#000000',
    paper: '#ffffff',
    muted: '#333333',
  },
});

describe('cross-references', () => {
  const root = doc('1-a-b', { number: '1/A-B' });
  const forward = doc(
    '2-c',
    { number: '2/C', cites: [{ number: '1/A-B' }, { number: '9/Z-Z' }], attachments: ['1/A-B'] },
    'Theo số 1/A-B và 9/Z-Z.',
  );
  const refs = buildReferences([root, forward]);
  it('links both ways', () => {
    expect(refs.get('2-c')!.cites.map((c) => [c.number, c.entry?.id])).toEqual([
      ['1/A-B', '1-a-b'],
      ['9/Z-Z', undefined],
    ]);
    expect(refs.get('1-a-b')!.citedBy.map((d) => d.id)).toEqual(['2-c']);
    expect(refs.get('1-a-b')!.attachedTo.map((d) => d.id)).toEqual(['2-c']);
    expect(refs.get('2-c')!.attachments.map((d) => d.id)).toEqual(['1-a-b']);
  });
  it('finds numbers the body names but cites omits', () => {
    expect(uncitedNumbersInBody(doc('3-d', { number: '3/D' }, 'Căn cứ Công văn 7/X-Y.'))).toEqual(['7/X-Y']);
  });
});

describe('campaign checks', () => {
  const ok = [doc('1-a-b', { number: '1/A-B', measures: [1] })];
  it('passes clean content', () => {
    expect(() => checkCampaign(settings, ok, [measure(1)], 'content')).not.toThrow();
  });
  it('rejects a duplicate document number, naming both files', () => {
    const dup = { ...doc('1-a-b', { number: '1/A-B' }), file: 'content/directives/copy.mdx' };
    expect(() => checkCampaign(settings, [...ok, dup], [measure(1)], 'content')).toThrow(
      /copy\.mdx: trường "number": số ký hiệu 1\/A-B trùng với content\/directives\/1-a-b\.mdx/,
    );
  });
  it('rejects an unknown measure, naming the field and the known ones', () => {
    expect(() =>
      checkCampaign(settings, [doc('1-a-b', { number: '1/A-B', measures: [1, 12] })], [measure(1)], 'content'),
    ).toThrow(/trường "measures\[1\]": không có biện pháp số 12.*\(1\)/);
  });
  it('rejects a stated percentage that does not match its figures', () => {
    const fig = {
      id: 'f',
      title: 'F',
      unit: 'người',
      rows: [{ label: 'A', value: 183620, total: 1128620, statedPercent: 61.27 }],
    };
    expect(() =>
      checkCampaign(settings, [doc('1-a-b', { number: '1/A-B', figures: [fig] })], [measure(1)], 'content'),
    ).toThrow(/statedPercent.*16\.27/);
  });
  it('rejects a file name that does not match the number', () => {
    expect(() => checkCampaign(settings, [doc('wrong', { number: '1/A-B' })], [measure(1)], 'content')).toThrow(
      /đổi tên tệp thành 1-a-b\.mdx/,
    );
  });
  it('rejects a body that names a document missing from cites', () => {
    expect(() =>
      checkCampaign(settings, [doc('1-a-b', { number: '1/A-B' }, 'Theo 5/Q-R.')], [measure(1)], 'content'),
    ).toThrow(/trường "cites".*5\/Q-R/);
  });
});

describe('typed relations', () => {
  // One document of each kind naming the same older document, 1/A-B; 9/A-A names 1/A-B under `cites`/`attachments`.
  const older = doc('1-a-b', { number: '1/A-B', date: '2020-07-01' });
  const kinds = RELATION_KINDS.filter((k) => k !== 'cites' && k !== 'attaches');
  const naming = kinds.map((kind, i) =>
    doc(`${i + 2}-n`, { number: `${i + 2}/N`, date: '2020-08-01', relations: [{ kind, number: '1/A-B' }] }),
  );
  const legacy = doc('9-a-a', { number: '9/A-A', cites: [{ number: '1/A-B' }], attachments: ['1/A-B'] });
  const all = [older, ...naming, legacy];
  const links = buildRelations(all);

  it('shows every kind on both documents, the named one with the reverse direction', () => {
    expect(kinds).toHaveLength(6);
    kinds.forEach((kind, i) => {
      expect(links.get(`${i + 2}-n`)).toEqual([
        expect.objectContaining({ kind, direction: 'forward', number: '1/A-B' }),
      ]);
      expect(links.get('1-a-b')).toContainEqual(
        expect.objectContaining({ kind, direction: 'reverse', number: `${i + 2}/N`, entry: naming[i] }),
      );
    });
  });
  it('reads cites and attachments as two of the kinds, without changing them', () => {
    expect(links.get('9-a-a')!.map((l) => [l.kind, l.direction, l.entry?.id])).toEqual([
      ['cites', 'forward', '1-a-b'],
      ['attaches', 'forward', '1-a-b'],
    ]);
    const back = links.get('1-a-b')!.filter((l) => l.number === '9/A-A');
    expect(back.map((l) => l.kind)).toEqual(['cites', 'attaches']);
    expect(
      buildReferences(all)
        .get('1-a-b')!
        .attachedTo.map((d) => d.id),
    ).toEqual(['9-a-a']);
  });
  it('takes what cites says of a document not on the site for a relation to it', () => {
    const d = doc('3-x', {
      number: '3/X',
      cites: [{ number: '6751/UBND-CT', date: '2020-07-30', issuer: 'UBND tỉnh B' }],
      relations: [{ kind: 'implements', number: '6751/UBND-CT' }],
    });
    expect(
      buildRelations([d])
        .get('3-x')!
        .find((l) => l.kind === 'implements'),
    ).toMatchObject({
      kind: 'implements',
      entry: undefined,
      date: '2020-07-30',
      issuer: 'UBND tỉnh B',
    });
  });
  it('derives the status of a replaced, amended or repealed document, dated by the document that did it', () => {
    const one = (kind: string, part?: string) => {
      const newer = doc('2-n', { number: '2/N', date: '2020-09-01', relations: [{ kind, number: '1/A-B', part }] });
      const target = doc('1-a-b', { number: '1/A-B', status: [{ date: '2020-07-05', status: 'in-force' }] });
      const history = statusHistory(target, buildRelations([target, newer]).get('1-a-b')!);
      return { history, status: currentStatus(history) };
    };
    const replaced = one('replaces');
    expect(replaced.status).toBe('replaced');
    expect(replaced.history.map((s) => [s.date, s.status, s.by, s.derived, s.byEntry?.id])).toEqual([
      ['2020-07-05', 'in-force', undefined, false, undefined],
      ['2020-09-01', 'replaced', '2/N', true, '2-n'],
    ]);
    expect(one('amends').status).toBe('amended');
    expect(one('repeals').status).toBe('repealed');
    expect(one('repeals', 'Điều 2').status).toBe('partly-repealed');
    expect(one('guides').status).toBe('in-force');
    expect(currentStatus(statusHistory(older, links.get('9-a-a')!))).toBeUndefined();
  });
});

describe('relation contradictions', () => {
  const a = (extra: Record<string, unknown>) => doc('1-a-b', { number: '1/A-B', date: '2020-08-01', ...extra });
  const b = (extra: Record<string, unknown>) => doc('2-c', { number: '2/C', date: '2020-08-01', ...extra });
  const messages = (entries: DirectiveEntry[]) => relationErrors(entries).map((e) => e.message);
  it('stops two documents that replace each other, naming both files', () => {
    const found = messages([
      a({ relations: [{ kind: 'replaces', number: '2/C' }] }),
      b({ relations: [{ kind: 'replaces', number: '1/A-B' }] }),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^content\/directives\/1-a-b\.mdx: trường "relations\[0\]"/);
    expect(found[0]).toContain('content/directives/2-c.mdx');
  });
  it('stops a document that replaces one issued after it, naming both files', () => {
    const found = messages([a({ relations: [{ kind: 'repeals', number: '2/C' }] }), b({ date: '2020-09-01' })]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/1-a-b\.mdx: trường "relations\[0\]".*2-c\.mdx.*2020-09-01/);
  });
  it('stops a status or change dated before the document, and a link to itself', () => {
    const found = messages([
      a({
        status: [{ date: '2020-07-01', status: 'in-force' }],
        changes: [{ date: '2020-07-02', note: 'Sửa' }],
        relations: [{ kind: 'guides', number: '1/A-B' }],
      }),
    ]);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/trường "relations\[0\]": văn bản tự liên kết/);
    expect(found[1]).toMatch(/trường "status\[0\].date": ngày 2020-07-01 trước ngày của chính văn bản/);
    expect(found[2]).toMatch(/trường "changes\[0\].date"/);
  });
  it('stops a status written by hand whose cause on the site does not say it, naming both files and the fix', () => {
    const found = messages([
      a({ status: [{ date: '2020-09-01', status: 'replaced', by: '2/C' }] }),
      b({ date: '2020-09-01', relations: [{ kind: 'guides', number: '1/A-B' }] }),
    ]);
    expect(found).toEqual([
      expect.stringMatching(
        /^content\/directives\/1-a-b\.mdx: trường "status\[0\]\.by": tình trạng “replaced” theo 2\/C \(content\/directives\/2-c\.mdx\), nhưng tệp đó không ghi quan hệ replaces tới văn bản này\. Cách sửa: thêm vào content\/directives\/2-c\.mdx: relations: \[\{ kind: replaces, number: "1\/A-B" \}\]/,
      ),
    ]);
    // Said on both sides, or caused by a document not on the site: nothing to report.
    expect(
      messages([
        a({ status: [{ date: '2020-09-01', status: 'partly-repealed', by: '2/C' }] }),
        b({ date: '2020-09-01', relations: [{ kind: 'repeals', number: '1/A-B', part: 'Điều 2' }] }),
      ]),
    ).toEqual([]);
    expect(messages([a({ status: [{ date: '2020-09-01', status: 'replaced', by: '99/KHAC' }] })])).toEqual([]);
  });
  it('rejects an unknown relation kind through the schema, listing the kinds', () => {
    expect(() => a({ relations: [{ kind: 'forwards', number: '2/C' }] })).toThrow(
      /kiểu quan hệ phải là một trong: cites, based-on/,
    );
  });
  it('lets the build stop on them through the campaign checks', () => {
    expect(() =>
      checkCampaign(settings, [a({ relations: [{ kind: 'replaces', number: '1/A-B' }] })], [measure(1)], 'content'),
    ).toThrow(/tự liên kết/);
  });
});
