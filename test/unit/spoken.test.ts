import { describe, expect, it } from 'vitest';
import { sayNumber, spell, spokenSyllables, spokenText, withPauses } from '../../src/broadcast/spoken';

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
