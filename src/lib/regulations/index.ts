export * from './repository.ts';
export { choiceLabel } from './choice-label.ts';
