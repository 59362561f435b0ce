/**
 * PostgreSQL advisory lock keys, one per kind of work that must not run twice at once across
 * app processes. Taken with the transaction-scoped functions, so a crash releases them.
 */

/** Folding stored comments into the kept counts and the near-duplicate groups. */
export const INTAKE_LOCK = 0x4f43_0001;
