/** Participation beyond the comment form: posters for notice boards. */
export { qrSvg } from './qr.ts';
