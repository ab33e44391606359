export { analyze } from './analyze';
export * from './types';
