/** `key` for a LIKE pattern: its own `%`, `_` and `\` match themselves. */
export const escapeLike = (key: string) => key.replace(/[\\%_]/g, (c) => '\\' + c);
