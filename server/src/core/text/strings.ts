// Strings that hold only their own characters.

/**
 * A copy of `text` that holds only its own characters. A slice keeps the string it was cut from
 * alive: a cached paragraph sliced from the draft would keep that whole version of the draft,
 * a copy per keystroke. (Prefixing then slicing makes the engine flatten a fresh string.)
 */
export const detached = (text: string): string => (' ' + text).slice(1);
