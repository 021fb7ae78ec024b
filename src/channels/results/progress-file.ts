import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LoaContentError, throwIfAny } from '../../core/errors';
import type { DirectiveEntry } from '../../core/records';
import {
  PROGRESS_COLUMNS,
  placesOf,
  pointsOfDirectives,
  readProgressCsv,
  type PlaceHistory,
  type ProgressPoint,
  type RowProblem,
} from './progress';

export const PROGRESS_FILE = 'progress.csv';

/**
 * The campaign's published figures: the content folder's progress.csv (optional) and the directives' figures that
 * name a place. Any bad row stops the build naming its file, line and column, since a chart of a wrong figure
 * would be published as fact.
 */
export function readProgress(
  contentDir: string,
  directives: DirectiveEntry[],
): { points: ProgressPoint[]; places: PlaceHistory[] } {
  const path = join(contentDir, PROGRESS_FILE);
  const file = relative(process.cwd(), path) || path;
  const fromFile = existsSync(path)
    ? readProgressCsv(readFileSync(path), file)
    : { points: [], problems: [], ignored: [] as string[] };
  const byNumber = new Map(directives.filter((d) => d.data.number).map((d) => [d.data.number!, d.id]));
  const points = [
    ...fromFile.points.map((p) => ({ ...p, directive: byNumber.get(p.source) })),
    ...pointsOfDirectives(directives),
  ];
  const { places, errors } = placesOf(points);
  const where = (p: RowProblem) => [p.line && `dòng ${p.line}`, p.field].filter(Boolean).join(': ') || 'tệp';
  throwIfAny([
    // A column the site does not read would be published nowhere: in the content's own file it is a mistake.
    ...fromFile.ignored.map(
      (h) =>
        new LoaContentError(
          file,
          'dòng 1',
          `cột “${h}” không có trong mẫu`,
          `dùng các cột ${Object.values(PROGRESS_COLUMNS).join(', ')}`,
        ),
    ),
    ...fromFile.problems.map((p) => new LoaContentError(file, where(p), p.problem, p.fix)),
    ...errors,
  ]);
  return { points, places };
}
