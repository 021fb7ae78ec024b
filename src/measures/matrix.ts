import { compareVi } from '../core/vietnamese';

interface MatrixDirective {
  data: { province: string; measures: number[] };
}

interface ProvinceRow {
  province: string;
  /** How many of the province's documents put each measure in motion, in the order of `measureNumbers`. */
  counts: number[];
  /** The province's documents. */
  documents: number;
}

/**
 * The measures matrix with one row per province, in Vietnamese order: what a site with thousands of
 * directives shows instead of a row per document.
 */
export function provinceRows(directives: MatrixDirective[], measureNumbers: number[]): ProvinceRow[] {
  return [...Map.groupBy(directives, (d) => d.data.province)]
    .sort(([a], [b]) => compareVi(a, b))
    .map(([province, docs]) => ({
      province,
      counts: measureNumbers.map((n) => docs.filter((d) => d.data.measures.includes(n)).length),
      documents: docs.length,
    }));
}
