import type { PromptVariable } from '@ai-marketplace/plugin-ai-marketplace-common';

/** One `{{name}}` placeholder, spaces allowed inside the braces (as in the common package). */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * The prompt as the user will paste it: each `{{variable}}` replaced by the
 * value they typed, else the variable's default. A variable with neither
 * stays as written, so the gap is visible rather than silently empty.
 * Replacement is one pass: a value that itself contains `{{x}}` is kept.
 */
export function renderPrompt(
  template: string,
  variables: PromptVariable[],
  values: Record<string, string>,
): string {
  const defaults = new Map(variables.map(v => [v.name, v.default]));
  return template.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = values[name];
    if (value !== undefined && value !== '') {
      return value;
    }
    return defaults.get(name) ?? placeholder;
  });
}

/** The required variables still without a value or a default. */
export function missingVariables(
  variables: PromptVariable[],
  values: Record<string, string>,
): string[] {
  return variables
    .filter(
      v =>
        (v.required ?? v.default === undefined) &&
        !values[v.name] &&
        v.default === undefined,
    )
    .map(v => v.name);
}
