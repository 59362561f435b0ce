/** Participation beyond the clause comment form: project proposals and posters. */
export { commentKind, PROPOSAL_LIMITS, PROPOSAL_MARK, proposalBody } from './proposal.ts';
export { qrSvg } from './qr.ts';
export { posterFit, type PosterFit } from './poster-fit.ts';
