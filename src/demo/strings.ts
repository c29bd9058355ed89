/**
 * V8 builds `a + b` as a rope (a cons string) that stays a tree until something reads it char by
 * char. A million ropes kept in a county cost about two and a half times as much memory as flat
 * strings, so long-lived generated strings are flattened once: reading one character flattens
 * the rope in place, and the garbage collector then drops the tree.
 */
export function flatten(text: string): string {
  text.charCodeAt(0);
  return text;
}
