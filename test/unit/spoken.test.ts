import { describe, expect, it } from 'vitest';
import { sayNumber, spell, spokenSyllables, spokenText, withPauses } from '../../src/voice/spoken';
import { broadcastErrors } from '../../src/channels/broadcast/check';
import type { BroadcastItem } from '../../src/channels/broadcast/schema';

const w = { say: { bluezone: 'bờ-lu-dôn', gov: 'gờ-o-vê', covid: 'cô-vít' } };

describe('text as it is said', () => {
  it('spells the seed documents’ numbers', () => {
    expect(sayNumber('183620')).toBe('một trăm tám mươi ba nghìn sáu trăm hai mươi');
    expect(spokenText('183.620 lượt cài đặt trên 1.128.620 dân', w)).toBe(
      'một trăm tám mươi ba nghìn sáu trăm hai mươi lượt cài đặt trên một triệu một trăm hai mươi tám nghìn sáu trăm hai mươi dân',
    );
    expect(spokenText('đạt 16,27 %', w)).toBe('đạt mười sáu phẩy hai mươi bảy phần trăm');
    expect(spokenText('90 trên 90 cán bộ, 25/25', w)).toBe(
      'chín mươi trên chín mươi cán bộ, hai mươi lăm trên hai mươi lăm',
    );
  });
  it('says dates the Vietnamese way', () => {
    expect(spokenText('01/8/2020', w)).toBe('ngày mùng một tháng tám năm hai nghìn không trăm hai mươi');
    expect(spokenText('Công văn ngày 01/8/2020', w)).toBe(
      'Công văn ngày mùng một tháng tám năm hai nghìn không trăm hai mươi',
    );
    expect(spokenText('hạn 15/8', w)).toBe('hạn ngày mười lăm tháng tám');
    expect(spokenText('18/4/2020', w)).toBe('ngày mười tám tháng tư năm hai nghìn không trăm hai mươi');
  });
  it('spells document numbers and web addresses, with the campaign’s own words', () => {
    expect(spokenText('Công văn 2841/BTTTT-THH', w)).toBe(
      'Công văn hai nghìn tám trăm bốn mươi mốt trên bê tê tê tê tê gạch tê hát hát',
    );
    expect(spokenText('Nghị định 30/2020/NĐ-CP', w)).toBe(
      'Nghị định ba mươi trên hai nghìn không trăm hai mươi trên en-nờ đê gạch xê pê',
    );
    expect(spokenText('tại bluezone.gov.vn.', w)).toBe('tại bờ-lu-dôn chấm gờ-o-vê chấm vê en-nờ.');
    expect(spokenText('Bluezone báo cho bạn.', w)).toBe('Bờ-lu-dôn báo cho bạn.');
    expect(spokenText('dịch COVID-19, UBND tỉnh', w)).toBe('dịch cô-vít mười chín, u bê en-nờ dê tỉnh');
  });
  it('reads phone numbers digit by digit', () => {
    expect(spokenText('gọi 0234 3822 000', w)).toBe('gọi không hai ba bốn ba tám hai hai không không không');
  });
  it('counts syllables of the spoken text and marks the pauses', () => {
    expect(spokenSyllables('tại bờ-lu-dôn chấm gờ-o-vê')).toBe(8);
    expect(withPauses('Kính thưa bà con. Hãy cài, rồi nhắc người thân.')).toBe(
      'Kính thưa bà con // Hãy cài / rồi nhắc người thân //',
    );
    expect(spell('UBND')).toBe('u bê en-nờ dê');
  });
});

describe('a piece fills its slot', () => {
  const speech = { syllablesPerSecond: 4, minFill: 0.8, say: {}, voice: 'vi' as const };
  const spot = (seconds: number, text: string): BroadcastItem => ({
    id: 'loa',
    kind: 'spot',
    seconds,
    title: 'Thông báo',
    text,
    translations: [],
  });
  const problems = (item: BroadcastItem, s = speech) =>
    broadcastErrors(item, 'measures/09.mdx', 'broadcast[0]', s, 'example.org').map((e) => e.message);
  // 6 syllables a sentence; 15 for the address said twice ("tại example chấm o e-rờ giê", "nhắc lại: …").
  const sentences = (n: number) => 'Bà con hãy cài ứng dụng. '.repeat(n);
  const twice = 'Tại example.org. Nhắc lại: example.org.';

  it('stops a 30-second spot that says 8 seconds’ worth, and says how much is missing', () => {
    const text = `${sentences(3)}${twice}`;
    expect(spokenSyllables(spokenText(text, speech))).toBe(33);
    expect(problems(spot(30, text))).toEqual([
      'measures/09.mdx: trường "broadcast[0].text": đọc lên chỉ có 33 âm tiết, khoảng 8 giây; ' +
        'khung 30 giây cần ít nhất 96 âm tiết (80 % khung, 4 âm tiết/giây). ' +
        'Cách sửa: viết thêm ít nhất 63 âm tiết hoặc chọn khung ngắn hơn (10 giây)',
    ]);
  });
  it('passes a spot from 80 % of its slot up to all of it', () => {
    // 10 seconds at 4 syllables a second: 32 to 40 syllables.
    expect(problems(spot(10, `${sentences(3)}${twice}`))).toEqual([]);
    expect(problems(spot(10, `${sentences(4)}${twice}`))).toEqual([]);
    expect(problems(spot(10, `${sentences(2)}${twice}`))).toEqual([
      expect.stringMatching(/chỉ có 27 âm tiết.*cần ít nhất 32 âm tiết.*viết thêm ít nhất 5 âm tiết/),
    ]);
    expect(problems(spot(10, `${sentences(5)}${twice}`))).toEqual([expect.stringMatching(/có 45 âm tiết, quá 40/)]);
  });
  it('takes its share from speech.minFill', () => {
    const text = `${sentences(2)}${twice}`;
    expect(problems(spot(10, text), { ...speech, minFill: 0.6 })).toEqual([]);
    expect(problems(spot(10, text), { ...speech, minFill: 0.9 })).toEqual([
      expect.stringMatching(/ít nhất 36 âm tiết \(90 % khung/),
    ]);
  });
  it('suggests the shorter standard slot a spot would fill, and none when none would', () => {
    expect(problems(spot(60, `${sentences(9)}${twice}`))).toEqual([
      expect.stringMatching(/chỉ có 69 âm tiết.*chọn khung ngắn hơn \(20 giây\)$/),
    ]);
    expect(problems(spot(20, `${sentences(2)}${twice}`))).toEqual([expect.stringMatching(/chọn khung ngắn hơn$/)]);
    const bulletin = { ...spot(120, `${sentences(3)}${twice}`), kind: 'bulletin' as const };
    expect(problems(bulletin)).toEqual([expect.stringMatching(/chọn khung ngắn hơn$/)]);
  });
});
