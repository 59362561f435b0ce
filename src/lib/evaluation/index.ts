/** Post-enactment evaluation: the questionnaire (pure) and its database twins. */
export { defaultQuestions, QUESTION_TYPES, readQuestions, SCALE, tallyAnswers, TEXT_MAX, validateAnswers, type Answers, type Question, type QuestionTally, type QuestionType } from './questionnaire.ts';
export { answersOf, consultationsWithQuestionnaire, findQuestionnaire, findResponseByReceipt, storeResponse } from './repository.ts';
export { submitQuestionnaire, type QuestionnaireInput, type QuestionnaireOutcome } from './submit.ts';
