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
  return ajv;
}

const bodyAjv = makeAjv({ coerceTypes: false });
const textAjv = makeAjv({ coerceTypes: 'array' });

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : textAjv;
  return ajv.compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>;
};
