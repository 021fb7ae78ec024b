/**
 * A content problem the author must fix. The message always names the file,
 * the field and what to do, because it is all the author sees of the build.
 */
export class LoaContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${file}: trường "${field}": ${problem}. Cách sửa: ${fix}`);
    this.name = 'LoaContentError';
  }
}

/** Joins several problems into one error, so an author sees them all in one build. */
export class LoaContentErrors extends Error {
  // Not named `errors`: Astro takes an error with an `errors` array for an aggregate and prints only the first.
  constructor(readonly problems: LoaContentError[]) {
    super(
      `Nội dung có ${problems.length} lỗi (content has ${problems.length} error(s)):\n` +
        problems.map((e) => `  • ${e.message}`).join('\n'),
    );
    this.name = 'LoaContentErrors';
  }
}

export function throwIfAny(errors: LoaContentError[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new LoaContentErrors(errors);
}

/** Renders a zod issue path as authors write it: issuer.name, measures[2]. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return (
    path.reduce<string>(
      (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
      '',
    ) || '(gốc tệp)'
  );
}
