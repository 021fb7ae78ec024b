/**
 * The level above adds up its units' files: each unit counted once, its departments checked against it, bad rows
 * reported by file and line while the good ones still count. Pure, for the roll-up page and the tests.
 */
import { fill } from '../../i18n/fill';
import { formatInteger } from '../../core/vietnamese';
import { PROGRESS_COLUMNS, placeKey, rateOf, readProgressCsv, type ProgressPoint, type RowProblem } from './progress';

export interface RollupUnit extends ProgressPoint {
  /** The file it came from. */
  file: string;
  below: boolean;
}

export interface FileProblem extends RowProblem {
  file: string;
}

export interface LevelSum {
  level: string;
  units: number;
  installed: number;
  base: number;
  rate: number;
}

export interface Rollup {
  units: RollupUnit[];
  problems: FileProblem[];
  /** Units that came twice: the first one counts, the others are named here. */
  duplicates: Array<{ unit: RollupUnit; first: RollupUnit }>;
  /** What was read otherwise than a person might expect (columns left out), once per file. */
  notices: string[];
  levels: LevelSum[];
  total?: { installed: number; base: number; rate: number };
}

export interface RollupWords {
  departmentsDiffer: string;
  departmentsDifferFix: string;
  noBase: string;
  noBaseFix: string;
}

/**
 * Reads the files in the order given. A file's top rows (those whose parent is not another row of the same file)
 * are its units; the rows under a unit are its departments, and their sums must be the unit's.
 */
export function rollUp(
  files: Array<{ name: string; bytes: string | Uint8Array }>,
  w: RollupWords,
  target?: number,
): Rollup {
  const problems: FileProblem[] = [];
  const notices: string[] = [];
  const units: RollupUnit[] = [];
  const duplicates: Rollup['duplicates'] = [];
  const seen = new Map<string, RollupUnit>();
  for (const file of files) {
    const { points, problems: own, notices: said } = readProgressCsv(file.bytes, file.name);
    problems.push(...own.map((p) => ({ ...p, file: file.name })));
    notices.push(...said.map((n) => `${file.name}, ${n}`));
    const here = new Set(points.map((p) => placeKey(p.place, p.parent)));
    const names = new Map(points.map((p) => [placeKey(p.place), p]));
    for (const p of points) {
      const parent = p.parent ? names.get(placeKey(p.parent)) : undefined;
      if (parent && here.has(placeKey(parent.place, parent.parent))) continue;
      const line = p.line;
      if (p.base === undefined) {
        problems.push({
          file: file.name,
          line,
          field: PROGRESS_COLUMNS.base,
          problem: fill(w.noBase, { place: p.place }),
          fix: w.noBaseFix,
        });
        continue;
      }
      const departments = points.filter((q) => q.parent && placeKey(q.parent) === placeKey(p.place));
      if (departments.length) {
        const installed = departments.reduce((s, q) => s + q.installed, 0);
        const base = departments.reduce((s, q) => s + (q.base ?? 0), 0);
        if (installed !== p.installed || base !== p.base)
          problems.push({
            file: file.name,
            line,
            field: PROGRESS_COLUMNS.installed,
            problem: fill(w.departmentsDiffer, {
              place: p.place,
              installed: formatInteger(installed),
              base: formatInteger(base),
            }),
            fix: w.departmentsDifferFix,
          });
      }
      const unit: RollupUnit = { ...p, file: file.name, below: target !== undefined && (p.rate ?? 0) < target };
      const key = placeKey(p.place, p.parent);
      const first = seen.get(key);
      if (first) duplicates.push({ unit, first });
      else {
        seen.set(key, unit);
        units.push(unit);
      }
    }
  }
  units.sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0) || a.place.localeCompare(b.place, 'vi'));
  const levels = [...Map.groupBy(units, (u) => u.level)].map(([level, list]) => {
    const installed = list.reduce((s, u) => s + u.installed, 0);
    const base = list.reduce((s, u) => s + u.base!, 0);
    return { level, units: list.length, installed, base, rate: rateOf(installed, base) };
  });
  const installed = units.reduce((s, u) => s + u.installed, 0);
  const base = units.reduce((s, u) => s + u.base!, 0);
  return {
    units,
    problems,
    duplicates,
    notices,
    levels,
    total: base ? { installed, base, rate: rateOf(installed, base) } : undefined,
  };
}
