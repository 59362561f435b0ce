export { feedbackReport } from './repository.ts';
