export { analyze } from './analyze';
export { setNlpReadiness } from './nlp';
export * from './types';
