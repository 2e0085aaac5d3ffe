export * from './types';
export * from './origin';
export * from './commands';
export * from './copies';
export * from './snapshot';
export * from './changes';
export * from './linkMeaning';
export * from './topLevel';
export { newId } from './ids';
