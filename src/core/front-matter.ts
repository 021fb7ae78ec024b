/** The YAML between a Markdown file's opening `---` lines, as written; undefined when it has none. */
export function frontMatterText(text: string): string | undefined {
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
}
