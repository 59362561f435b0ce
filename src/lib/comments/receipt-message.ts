/** The reader's message for a receipt code that cannot be right, from `diagnoseReceipt`. */
import type { Translate } from '../i18n/index.ts';
import { EXAMPLE_RECEIPT, type ReceiptDiagnosis } from './receipt.ts';

export function receiptProblem(t: Translate, d: Exclude<ReceiptDiagnosis, { ok: true }>): string {
  switch (d.problem) {
    case 'length':
      return t('receipt.bad.length', { count: d.count, example: EXAMPLE_RECEIPT });
    case 'characters':
      return t('receipt.bad.characters', {
        characters: d.characters.join(' '),
        example: EXAMPLE_RECEIPT,
      });
    case 'check':
      return t('receipt.bad.check');
  }
}
