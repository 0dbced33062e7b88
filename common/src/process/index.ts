/** Process definitions shared by the server (engine, validation, BPMN export) and the web designer. */
export * from './definition.js';
