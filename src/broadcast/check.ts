import { LoaContentError } from '../core/errors';
import { spokenSyllables, spokenText } from './spoken';
import { BULLETIN_MAX_SECONDS, SPOT_SECONDS, type BroadcastItem, type Speech } from './schema';

/** How many times a text names the install address (app.gov.vn) as written. */
export function mentions(text: string, address: string): number {
  return text.toLocaleLowerCase('vi').split(address.toLocaleLowerCase('vi')).length - 1;
}

/**
 * A broadcast piece's problems: a slot of no standard length, more syllables
 * than the slot holds at the campaign's rate, the install address said fewer
 * than twice. Each names the file and the field.
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
