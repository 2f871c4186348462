/** Matches one `{{name}}` placeholder; spaces inside the braces are allowed. */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Lists the `{{variables}}` a prompt template uses, each once, in the order
 * they first appear.
 */
export function listTemplateVariables(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) {
    names.add(match[1]);
  }
  return [...names];
}
