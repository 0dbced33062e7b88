/**
 * The one Ajv (JSON Schema 2020-12) instance forms are validated with, the national formats, and a compile
 * cache keyed by the schema object (fast path) and by its JSON (so equal schemas loaded twice compile once).
 * Browser-safe: no node-only imports.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import localizeImport from 'ajv-i18n/localize/zh/index.js';
import { isValidIdNumber, isValidMobile, isValidPostcode, isValidUscc, isWellFormedDivisionCode } from '../validators.js';

// Both are CommonJS modules; depending on the bundler/loader the default import is the function or its namespace.
type Localize = (errors?: ErrorObject[] | null) => void;
const unwrapDefault = <T>(m: unknown): T => (typeof m === 'function' ? m : (m as { default: T }).default) as T;
const addFormats = unwrapDefault<(ajv: Ajv2020, formats?: string[]) => Ajv2020>(addFormatsImport);
export const localizeZh = unwrapDefault<Localize>(localizeImport);

/** The national formats (GB 11643 公民身份号码, GB 32100 统一社会信用代码, 手机号码, 邮政编码, GB/T 2260 行政区划代码). */
export const FORM_FORMATS: Record<string, (value: string) => boolean> = {
  'id-number': isValidIdNumber,
  uscc: isValidUscc,
  mobile: isValidMobile,
  postcode: isValidPostcode,
  'division-code': isWellFormedDivisionCode,
};

let instance: Ajv2020 | null = null;

function ajv(): Ajv2020 {
  if (instance) return instance;
  instance = new Ajv2020({
    allErrors: true,
    coerceTypes: false,
    useDefaults: false,
    removeAdditional: false,
    // Unknown keywords and formats are definition mistakes; type-strictness would reject ordinary if/then forms.
    strict: false,
    strictSchema: true,
    strictNumbers: true,
    validateFormats: true,
    logger: false,
  });
  addFormats(instance, ['date', 'time', 'date-time', 'email', 'uri', 'uuid']);
  for (const [name, validate] of Object.entries(FORM_FORMATS)) instance.addFormat(name, { type: 'string', validate });
  return instance;
}

const MAX_CACHED = 256;
const byObject = new WeakMap<object, ValidateFunction>();
const byJson = new Map<string, { schema: object; validate: ValidateFunction }>();

/** Compiles (or returns the cached validator of) a form schema; throws Ajv's error when the schema is invalid. */
export function compileFormSchema(schema: Record<string, unknown>): ValidateFunction {
  const hit = byObject.get(schema);
  if (hit) return hit;
  const json = JSON.stringify(schema);
  const cached = byJson.get(json);
  if (cached) {
    byJson.delete(json); // move to the end: least recently used first
    byJson.set(json, cached);
    byObject.set(schema, cached.validate);
    return cached.validate;
  }
  const validate = ajv().compile(schema);
  byJson.set(json, { schema, validate });
  byObject.set(schema, validate);
  if (byJson.size > MAX_CACHED) {
    const [oldestJson, oldest] = byJson.entries().next().value as [string, { schema: object }];
    byJson.delete(oldestJson);
    ajv().removeSchema(oldest.schema);
  }
  return validate;
}
