import { SegmentedMessage } from 'sms-segments-calculator';
import { foldDiacritics } from '../../core/vietnamese';

/**
 * Characters outside GSM-7 that Vietnamese texts commonly hold, and what a
 * GSM-7 phone shows instead. Letters with marks are folded separately.
 */
const PUNCTUATION: Record<string, string> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'",
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"',
  '\u00AB': '"', // «
  '\u00BB': '"', // »
  '\u2013': '-', // –
  '\u2014': '-', // —
  '\u2212': '-',
  '\u2026': '...', // …
  '\u00A0': ' ', // no-break space
  '\u202F': ' ',
  '\u2009': ' ',
  '\u2007': ' ',
  '\u00B7': '.', // ·
  '\u2022': '-', // •
};

/** GSM-7 septets a text takes: the extension characters ([ ] { } € ~ ^ | \\ and form feed) take two. */
export interface SmsCount {
  text: string;
  encoding: 'GSM-7' | 'UCS-2';
  /** As the network counts: GSM-7 septets (an extension character is two), or UCS-2 code units. */
  chars: number;
  parts: number;
}

export function countSms(input: string): SmsCount {
  const text = input.normalize('NFC');
  const m = new SegmentedMessage(text, 'auto');
  return {
    text,
    encoding: m.encodingName === 'GSM-7' ? 'GSM-7' : 'UCS-2',
    chars: m.numberOfCharacters,
    parts: m.segmentsCount,
  };
}

export interface Gsm7Version {
  text: string;
  /** Characters still outside GSM-7 after folding and mapping: the author must replace them. */
  unsupported: string[];
}

/**
 * The text a GSM-7 SMS can carry: every mark stripped (đ → d by hand, since
 * it has no decomposition), typographic punctuation mapped to its plain form.
 * à, è, é, ì, ò, ù are in GSM-7, but folding them too keeps the text
 * uniformly unmarked, as Vietnamese readers expect an unmarked SMS to be.
 */
export function toGsm7(text: string): Gsm7Version {
  const folded = [...foldDiacritics(text.normalize('NFC'))].map((ch) => PUNCTUATION[ch] ?? ch).join('');
  const unsupported = new SegmentedMessage(folded, 'auto').getNonGsmCharacters();
  return { text: folded, unsupported: [...new Set(unsupported)] };
}
