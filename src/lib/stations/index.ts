/** Liaison stations and deputies (人大代表联络站): content, the comments they gather, 转办-回复-销号. */
export { loadStations, parseStations, resolveVia, viaValue, isViaShaped, type Station, type Deputy } from './catalogue.ts';
export { recordVia, stepsByReceipt, openVersionConsultations, forwardingOf, viaOf, forwardComment, answerForwarding, closeForwarding, stationActivity, type Forwarding, type StepOutcome, type StationCounts } from './repository.ts';
export { readForward, readAnswer } from './forward-input.ts';
export { bindClerk, forwardingStage, listClerks, markEnteredAtStation, stationOfStaff, stationOpinions } from './clerk.ts';
