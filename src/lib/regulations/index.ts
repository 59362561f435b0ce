export * from './repository.ts';
export { choiceLabel, withReports } from './choices.ts';
