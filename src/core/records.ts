import type { DirectiveData } from '../directives/schema';
import type { MeasureData } from '../measures/schema';

/** One content entry as the checks and page builders see it: no Astro types. */
export interface Entry<T> {
  /** URL slug, from the file name. */
  id: string;
  /** Path of the source file, for error messages. */
  file: string;
  data: T;
  /** The MDX body as written, for search and checks. */
  body: string;
}

export type DirectiveEntry = Entry<DirectiveData>;
export type MeasureEntry = Entry<MeasureData>;
