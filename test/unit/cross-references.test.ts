import { describe, expect, it } from 'vitest';
import { buildReferences, uncitedNumbersInBody } from '../../src/directives/cross-references';
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
