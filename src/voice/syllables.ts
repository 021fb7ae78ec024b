/**
 * How many syllables a Vietnamese voice-over takes to read aloud. Vietnamese
 * words are written syllable by syllable, so a plain word is one; numbers,
 * symbols, abbreviations and web addresses are read out and cost more.
 * Estimates err on the long side: a script that passes fits its time.
 */

/** Syllables to read a whole number in Vietnamese ("183620" → "một trăm tám mươi ba nghìn…"). */
export function numberSyllables(n: number): number {
  if (n < 10) return 1;
  if (n < 20) return n === 10 ? 1 : 2; // mười, mười một
  if (n < 100) return n % 10 === 0 ? 2 : 3; // hai mươi, hai mươi mốt
  if (n < 1000) return 2 + (n % 100 === 0 ? 0 : n % 100 < 10 ? 2 : numberSyllables(n % 100)); // một trăm (linh) …
  if (n < 1_000_000)
    return numberSyllables(Math.floor(n / 1000)) + 1 + (n % 1000 === 0 ? 0 : 1 + numberSyllables(n % 1000));
  return numberSyllables(Math.floor(n / 1_000_000)) + 1 + (n % 1_000_000 === 0 ? 0 : numberSyllables(n % 1_000_000));
}

/** Latin letters spelled out the Vietnamese way: "gờ", "o", "vê" — one syllable each, "dáp-liu" two. */
function spelledSyllables(letters: string): number {
  let n = 0;
  for (const ch of letters.toLowerCase()) if (/[a-z]/.test(ch)) n += ch === 'w' ? 3 : 1;
  return n;
}

/** Words read as words even though they look foreign. */
// Loanwords any Vietnamese campaign uses; a campaign's own words go in settings (clip.pronunciations).
const KNOWN: Record<string, number> = { wifi: 2, sms: 3, qr: 2, otp: 3, app: 1, online: 2, email: 2 };

function tokenSyllables(token: string, extra: Record<string, number> = {}): number {
  const t = token.replace(/^[“"'(«]+|[”"')»,.;:!?…]+$/g, '');
  if (!t) return 0;
  const lower = t.toLowerCase();
  if (extra[lower] !== undefined) return extra[lower];
  if (KNOWN[lower] !== undefined) return KNOWN[lower];
  // Web addresses: each part read as a word or spelled, "chấm" between parts.
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(t)) {
    const parts = t.split(/[./]/).filter(Boolean);
    return (
      parts.reduce(
        (a, p) =>
          a +
          (extra[p.toLowerCase()] ??
            KNOWN[p.toLowerCase()] ??
            (p.length <= 3 ? spelledSyllables(p) : Math.ceil(p.length / 3))),
        0,
      ) +
      (parts.length - 1)
    );
  }
  // Numbers, with separators, percentages and dates: 1.128.620, 16,27%, 15/8, COVID-19.
  if (/\d/.test(t)) {
    let n = 0;
    for (const piece of t.split(/([%/,.-])/)) {
      if (!piece) continue;
      if (/^\d+$/.test(piece)) n += numberSyllables(Number(piece.replace(/^0+(?=\d)/, '')));
      else if (piece === '%')
        n += 3; // phần trăm… counted generously
      else if (piece === '/')
        n += 1; // "trên", "tháng"
      else if (piece === ',')
        n += 1; // "phẩy"
      else if (/^[a-z]+$/i.test(piece)) n += tokenSyllables(piece, extra);
    }
    return n;
  }
  // Acronyms in capitals are spelled out: UBND → u-bê-en-đê.
  if (/^[A-ZĐ]{2,}$/u.test(t)) return spelledSyllables(t.replace(/Đ/g, 'd'));
  if (t.includes('-')) return t.split('-').reduce((a, p) => a + tokenSyllables(p, extra), 0);
  return 1;
}

/** `pronunciations`: campaign words and how many syllables they take ("zalo": 2), from the settings. */
export function countSyllables(text: string, pronunciations: Record<string, number> = {}): number {
  const extra = Object.fromEntries(Object.entries(pronunciations).map(([k, v]) => [k.toLowerCase(), v]));
  return text
    .normalize('NFC')
    .split(/\s+/)
    .reduce((a, w) => a + tokenSyllables(w, extra), 0);
}
