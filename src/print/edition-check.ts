import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { EDITION_FIELDS, type Edition } from './edition';
import { quoteCell } from '../core/csv-table';

/** What a person typed (or a CSV row held), before it is checked. */
export type EditionInput = Partial<Record<keyof typeof EDITION_FIELDS, string>>;

export interface EditionProblem {
  /** The field at fault; absent when a CSV row as a whole could not be read. */
  field?: (typeof EDITION_FIELDS)[keyof typeof EDITION_FIELDS];
  problem: string;
  fix: string;
}

/**
 * Longest values every item prints, tried with real words on every item by
 * test/unit/edition-limits.test.ts. The QR address is the longest any item prints beside its
 * code (items.ts QR_PRINT_LIMITS has each item's own, which makeEdition holds it to).
 */
export const EDITION_LIMITS = { name: 90, address: 120, qrUrl: 50 } as const;

const clean = (s: string | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Checks one place's details. Nothing is guessed: a hotline that is not a
 * Vietnamese number, or a QR address that is not https, is an error the person
 * sees with the field and the fix, never quietly changed or dropped.
 */
export function checkEdition(input: EditionInput, source: string): { edition?: Edition; problems: EditionProblem[] } {
  const problems: EditionProblem[] = [];
  const name = clean(input.name);
  const hotline = clean(input.hotline);
  const qrUrl = clean(input.qrUrl);
  const address = clean(input.address);

  if (!name) problems.push({ field: EDITION_FIELDS.name, problem: 'còn trống', fix: 'ghi tên cơ quan, đơn vị, cơ sở' });
  else if (name.length > EDITION_LIMITS.name)
    problems.push({
      field: EDITION_FIELDS.name,
      problem: `quá dài (${name.length} ký tự, tối đa ${EDITION_LIMITS.name})`,
      fix: 'viết tắt phần chung, ví dụ “UBND phường …”',
    });

  let phone: string | undefined;
  if (hotline) {
    const parsed = parsePhoneNumberFromString(hotline, 'VN');
    if (!parsed || !parsed.isValid() || parsed.country !== 'VN')
      problems.push({
        field: EDITION_FIELDS.hotline,
        problem: `${quoteCell(hotline)} không phải số điện thoại Việt Nam`,
        fix: 'ghi số cố định có mã vùng (0234 3822 123), số di động (0912 345 678) hoặc số 1800, 1900',
      });
    else phone = parsed.formatNational();
  }

  let qrHref: string | undefined;
  if (qrUrl) {
    let url: URL | undefined;
    try {
      url = new URL(qrUrl);
    } catch {
      url = undefined;
    }
    if (!url || url.protocol !== 'https:' || !url.hostname.includes('.'))
      problems.push({
        field: EDITION_FIELDS.qrUrl,
        problem: `${quoteCell(qrUrl)} không phải địa chỉ https`,
        fix: 'dán địa chỉ đầy đủ bắt đầu bằng https://, hoặc để trống để dùng địa chỉ của chiến dịch',
      });
    else if (url.username || url.password)
      // "https://trusted.name@other.host/" opens other.host: the part before @ only dresses it up.
      problems.push({
        field: EDITION_FIELDS.qrUrl,
        problem:
          `${quoteCell(qrUrl)} có phần “…@” trước tên miền, ` +
          `nên mã QR sẽ mở ${url.host} chứ không phải trang như đọc thấy`,
        fix: `bỏ phần trước dấu @, ghi thẳng https://${url.host}/…`,
      });
    else if (url.href.length > EDITION_LIMITS.qrUrl)
      problems.push({
        field: EDITION_FIELDS.qrUrl,
        problem: `quá dài để in bên cạnh mã QR (${url.href.length} ký tự, tối đa ${EDITION_LIMITS.qrUrl})`,
        fix: 'dùng địa chỉ ngắn hơn',
      });
    // What a phone opens and shows: the host as the URL standard writes it (an IDN in its xn-- form).
    else qrHref = url.href;
  }

  if (address.length > EDITION_LIMITS.address)
    problems.push({
      field: EDITION_FIELDS.address,
      problem: `quá dài (${address.length} ký tự, tối đa ${EDITION_LIMITS.address})`,
      fix: 'chỉ ghi số nhà, đường, phường/xã',
    });

  if (problems.length) return { problems };
  return {
    problems,
    edition: {
      name,
      source,
      ...(phone && { hotline: phone }),
      ...(qrHref && { qrUrl: qrHref }),
      ...(address && { address }),
    },
  };
}
