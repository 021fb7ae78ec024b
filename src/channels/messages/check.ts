import { LoaContentError } from '../../core/errors';
import { countSms, toGsm7 } from './sms';
import { znsProblems } from './zns';
import type { MessageData, Messaging, Repeat } from './schema';

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every problem of one message, named by file and field (`messages[0].sms`). */
export function messageErrors(m: MessageData, file: string, at: string, limits: Messaging['sms']): LoaContentError[] {
  const errors: LoaContentError[] = [];
  const gsm = toGsm7(m.sms);
  if (gsm.unsupported.length) {
    const list = gsm.unsupported.map((c) => `“${c}” (${codePoint(c)})`).join(', ');
    errors.push(
      new LoaContentError(
        file,
        `${at}.sms`,
        `bản GSM-7 không chứa được ${list}`,
        'thay ký tự đó bằng chữ, số hoặc dấu câu thường',
      ),
    );
  }
  const count = countSms(gsm.text);
  if (count.parts > limits.maxParts) {
    errors.push(
      new LoaContentError(
        file,
        `${at}.sms`,
        `bản không dấu dài ${count.chars} ký tự, thành ${count.parts} tin (giới hạn ${limits.maxParts} tin)`,
        `rút gọn còn ${limits.maxParts === 1 ? 160 : 153 * limits.maxParts} ký tự không dấu`,
      ),
    );
  }
  if (limits.maxChars !== undefined && count.chars > limits.maxChars) {
    errors.push(
      new LoaContentError(
        file,
        `${at}.sms`,
        `bản không dấu dài ${count.chars} ký tự, quá giới hạn ${limits.maxChars} ký tự của nhà mạng`,
        `rút gọn còn ${limits.maxChars} ký tự`,
      ),
    );
  }
  if (m.zns) {
    for (const p of znsProblems(m.zns))
      errors.push(new LoaContentError(file, `${at}.zns.${p.field}`, p.problem, p.fix));
  }
  return errors;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** A repeat rule's problems: a time in the channel's quiet hours, too many a day, a weekly rule with no day. */
export function repeatErrors(id: string, r: Repeat, file: string): LoaContentError[] {
  const errors: LoaContentError[] = [];
  const at = `messaging.channels.${id}`;
  if (r.allowed) {
    const [from, to] = [minutes(r.allowed.from), minutes(r.allowed.to)];
    r.times.forEach((time, i) => {
      const t = minutes(time);
      if (t < from || t > to)
        errors.push(
          new LoaContentError(
            file,
            `${at}.times[${i}]`,
            `${time} nằm ngoài giờ được phép gửi (${r.allowed!.from}–${r.allowed!.to})`,
            `chọn giờ từ ${r.allowed!.from} đến ${r.allowed!.to}`,
          ),
        );
    });
  }
  if (r.maxPerDay !== undefined && r.times.length > r.maxPerDay) {
    errors.push(
      new LoaContentError(file, `${at}.times`, `${r.times.length} lần một ngày, tối đa ${r.maxPerDay}`, 'bớt giờ gửi'),
    );
  }
  if (r.frequency === 'weekly' && r.days.length === 0) {
    errors.push(
      new LoaContentError(file, `${at}.days`, 'lặp hằng tuần mà chưa có ngày', 'thêm ngày, ví dụ days: [MO]'),
    );
  }
  return errors;
}
