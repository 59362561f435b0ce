/** Liaison stations and deputies (人大代表联络站): content, the comments they gather, 转办-回复-销号. */
export { loadStations, parseStations, resolveVia, viaValue } from './catalogue.ts';
export {
  stepsByReceipt,
  openVersionConsultations,
  forwardingOf,
  viaOf,
  forwardComment,
  answerForwarding,
  closeForwarding,
  stationActivity,
  type StepOutcome,
} from './repository.ts';
export { readForward, readAnswer } from './forward-input.ts';
export {
  bindClerk,
  forwardingStage,
  listClerks,
  markEnteredAtStation,
  stationOfStaff,
  stationOpinions,
} from './clerk.ts';
