import { LoaContentError } from '../../core/errors';
import { spokenSyllables, spokenText } from '../../voice/spoken';
import { BULLETIN_MAX_SECONDS, SPOT_SECONDS, type BroadcastItem } from './schema';
import type { Speech } from '../../voice/schema';

/** How many times a text names the install address (app.gov.vn) as written. */
export function mentions(text: string, address: string): number {
  return text.toLocaleLowerCase('vi').split(address.toLocaleLowerCase('vi')).length - 1;
}

/** The fewest syllables that fill `minFill` of a slot at the campaign's pace. */
function fewestSyllables(seconds: number, speech: Speech): number {
  // Rounded up, so the share is really reached, after dropping floating-point dust (0.1 × 3 is 0.30000000000000004).
  return Math.ceil(Number((seconds * speech.syllablesPerSecond * speech.minFill).toFixed(9)));
}

/**
 * A broadcast piece's problems: a slot of no standard length, more syllables
 * than the slot holds at the campaign's rate or too few to fill `minFill` of
 * it, the install address said fewer than twice. Each names the file and the field.
 */
export function broadcastErrors(
  item: BroadcastItem,
  file: string,
  at: string,
  speech: Speech,
  address: string,
): LoaContentError[] {
  const errors: LoaContentError[] = [];
  if (item.kind === 'spot' && !(SPOT_SECONDS as readonly number[]).includes(item.seconds)) {
    errors.push(
      new LoaContentError(
        file,
        `${at}.seconds`,
        `spot dài ${item.seconds} giây, không phải độ dài chuẩn`,
        `dùng ${SPOT_SECONDS.join(', ')} giây`,
      ),
    );
  }
  if (item.kind === 'bulletin' && item.seconds > BULLETIN_MAX_SECONDS) {
    errors.push(
      new LoaContentError(
        file,
        `${at}.seconds`,
        `bản tin dài ${item.seconds} giây`,
        `giữ trong ${BULLETIN_MAX_SECONDS} giây (3 phút)`,
      ),
    );
  }
  const syllables = spokenSyllables(spokenText(item.text, speech));
  const allowed = Math.floor(item.seconds * speech.syllablesPerSecond);
  if (syllables > allowed) {
    errors.push(
      new LoaContentError(
        file,
        `${at}.text`,
        `đọc lên có ${syllables} âm tiết, quá ${allowed} âm tiết đọc được trong ${item.seconds} giây ` +
          `(${speech.syllablesPerSecond} âm tiết/giây)`,
        'rút gọn lời đọc hoặc chọn khung giờ dài hơn',
      ),
    );
  }
  const needed = fewestSyllables(item.seconds, speech);
  if (syllables < needed) {
    const percent = Math.round(speech.minFill * 100);
    // A spot that would fill a shorter standard slot is told which one.
    const fits = SPOT_SECONDS.filter(
      (s) =>
        s < item.seconds &&
        fewestSyllables(s, speech) <= syllables &&
        syllables <= Math.floor(s * speech.syllablesPerSecond),
    );
    const shorter = item.kind === 'spot' && fits.length > 0 ? ` (${fits.at(-1)} giây)` : '';
    errors.push(
      new LoaContentError(
        file,
        `${at}.text`,
        `đọc lên chỉ có ${syllables} âm tiết, khoảng ${(syllables / speech.syllablesPerSecond).toFixed(0)} giây; ` +
          `khung ${item.seconds} giây cần ít nhất ${needed} âm tiết (${percent} % khung, ` +
          `${speech.syllablesPerSecond} âm tiết/giây)`,
        `viết thêm ít nhất ${needed - syllables} âm tiết hoặc chọn khung ngắn hơn${shorter}`,
      ),
    );
  }
  if (mentions(item.text, address) < 2) {
    errors.push(
      new LoaContentError(
        file,
        `${at}.text`,
        `địa chỉ ${address} chỉ được nhắc ${mentions(item.text, address)} lần`,
        `nhắc địa chỉ ${address} ít nhất hai lần`,
      ),
    );
  }
  return errors;
}
