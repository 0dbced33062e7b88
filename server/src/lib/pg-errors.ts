/** Recognising PostgreSQL errors that have a domain meaning. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: string; constraint?: string };
  return e?.code === '23505' && (constraint === undefined || e.constraint === constraint);
}

export function isForeignKeyViolation(err: unknown): boolean {
  return (err as { code?: string })?.code === '23503';
}

/**
 * SQLSTATEs that mean "this input value is not acceptable": 22P02 invalid text representation, 22003
 * numeric value out of range, 22021 character not in repertoire (NUL), 22P05 untranslatable character.
 */
const BAD_INPUT_STATES = new Set(['22P02', '22003', '22021', '22P05']);

export function isBadInputForPostgres(err: unknown): boolean {
  const code = (err as { code?: string })?.code;
  return code !== undefined && BAD_INPUT_STATES.has(code);
}
