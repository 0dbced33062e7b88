/** Application forms shared by the server and the portal: definitions, validation, prefill. */
export * from './form-definition.js';
export { checkFormDefinition, validateFormData, withoutBlanks, type FieldError } from './validate-form.js';
export { FORM_FORMATS } from './form-ajv.js';
export { prefillForm, type ApplicantFacts } from './prefill.js';
