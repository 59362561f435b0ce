/**
 * "Show password" (ASVS 2.1.12): a checkbox after each password field marked
 * `data-reveal-label`, added by script because it does nothing without one; the field turns to
 * plain text while it is ticked. The label's text comes from the page (the catalogue).
 */
export function enhancePasswordFields(root: ParentNode): void {
  for (const input of root.querySelectorAll<HTMLInputElement>(
    'input[type=password][data-reveal-label]',
  )) {
    if (input.dataset['revealReady']) continue;
    input.dataset['revealReady'] = '1';
    const label = document.createElement('label');
    label.className = 'inline password-reveal';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.setAttribute('aria-controls', input.id);
    box.addEventListener('change', () => {
      input.type = box.checked ? 'text' : 'password';
    });
    label.append(box, ` ${input.dataset['revealLabel'] ?? ''}`);
    input.insertAdjacentElement('afterend', label);
  }
}
