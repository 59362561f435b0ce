/**
 * The light reading page (issue #18): each article's short comment form and its link to the
 * full one. Merged in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const readingMessages = m({
  'reading.fullForm': {
    zh: '需要署名、提出修改条文或留下联系方式？请用完整表单',
    en: 'To sign with your name, suggest new wording or leave contact details, use the full form',
  },
});
