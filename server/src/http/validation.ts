/**
 * Request validation: Ajv with the national formats. Bodies are validated without type coercion (a
 * string where a number belongs is an error) and unknown fields are rejected by the schemas
 * (additionalProperties: false) — never silently removed. Query strings and params are coerced,
 * because they arrive as text.
 */
import { Ajv, type Options } from 'ajv';
import addFormatsImport from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { isValidIdNumber, isValidMobile, isValidPostcode, isValidUscc, isWellFormedDivisionCode } from '@onewindow/common/validators';

const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv;

export const NATIONAL_FORMATS = {
  'id-number': isValidIdNumber,
  uscc: isValidUscc,
  mobile: isValidMobile,
  postcode: isValidPostcode,
  'division-code': isWellFormedDivisionCode,
} as const;

function makeAjv(options: Options): Ajv {
  const ajv = new Ajv({ allErrors: true, removeAdditional: false, useDefaults: true, strict: false, ...options });
  addFormats(ajv);
  for (const [name, validate] of Object.entries(NATIONAL_FORMATS)) ajv.addFormat(name, { type: 'string', validate });
  // ajv-formats' uuid also accepts a `urn:uuid:` prefix, which PostgreSQL's uuid type refuses.
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  return ajv;
}

const bodyAjv = makeAjv({ coerceTypes: false });
const textAjv = makeAjv({ coerceTypes: 'array' });

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : textAjv;
  return ajv.compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>;
};

/** True when any string in the value (request body, query or params) holds a NUL character, which PostgreSQL refuses in text. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v, depth + 1));
}
