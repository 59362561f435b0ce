/** Participation beyond the clause comment form: project proposals and posters. */
export { commentKind, proposalBody } from './proposal.ts';
export { qrSvg } from './qr.ts';
export { posterFit } from './poster-fit.ts';
