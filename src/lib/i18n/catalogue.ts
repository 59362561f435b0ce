/** The shape of a message catalogue: every key in both languages. */
export const m = <T extends Record<string, { zh: string; en: string }>>(x: T) => x;
