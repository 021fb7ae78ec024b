/** Page-weight budget for a directive page's first visit, gzip -9: HTML + CSS + JS + fonts. Stated in README. */
export const PAGE_WEIGHT_BUDGET = { withFonts: 100 * 1024, withoutFonts: 30 * 1024 };
