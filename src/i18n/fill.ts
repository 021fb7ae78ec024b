export type Vars = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The `{name}` placeholders a string expects. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/**
 * Fills a UI string's placeholders. Pure, so the browser fills the same
 * strings the build does. A missing value is a bug in the caller, not in
 * content: it fails loudly rather than print "{count}".
 */
export function fill(template: string, vars: Vars = {}, key = template): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (vars[name] === undefined) throw new Error(`i18n: "${key}" needs {${name}}`);
    return String(vars[name]);
  });
}
