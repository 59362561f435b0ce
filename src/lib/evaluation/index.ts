/** Post-enactment evaluation: the questionnaire (pure) and its database twins. */
export {
  defaultQuestions,
  readQuestions,
  SCALE,
  tallyAnswers,
  TEXT_MAX,
  validateAnswers,
  type Question,
  type QuestionTally,
} from './questionnaire.ts';
export {
  answersOf,
  consultationsWithQuestionnaire,
  findQuestionnaire,
  findResponseByReceipt,
} from './repository.ts';
export { submitQuestionnaire } from './submit.ts';
