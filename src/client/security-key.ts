/**
 * Security keys in the browser (progressive enhancement): a form marked `data-security-key`
 * ("register" or "sign-in") carries the server's WebAuthn options in `data-options`. On submit
 * the script asks the browser's authenticator, puts its JSON answer into the hidden `response`
 * field and sends the form as an ordinary post (CSRF field, Origin check and all). Without
 * WebAuthn the note in `[data-security-key-note]` says so and the button is turned off; without
 * JavaScript the note is visible from the start and the server refuses the empty answer.
 * Messages come from the page (the catalogue), in `data-unsupported` and `data-cancelled`.
 */
import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
} from '@simplewebauthn/browser';

export function enhanceSecurityKeyForms(root: ParentNode): void {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-security-key]')) {
    if (form.dataset['securityKeyReady']) continue;
    form.dataset['securityKeyReady'] = '1';
    const note = form.querySelector<HTMLElement>('[data-security-key-note]');
    const button = form.querySelector<HTMLButtonElement>('button[type=submit]');
    const say = (text: string | undefined) => {
      if (!note) return;
      note.textContent = text ?? '';
      note.hidden = !text;
    };
    if (!browserSupportsWebAuthn()) {
      say(form.dataset['unsupported']);
      if (button) button.disabled = true;
      continue;
    }
    say(undefined);
    form.addEventListener('submit', (event) => {
      const field = form.querySelector<HTMLInputElement>('input[name=response]');
      if (!field || field.value) return;
      event.preventDefault();
      void answer(form, field).then((ok) => {
        if (ok) form.submit();
        else say(form.dataset['cancelled']);
      });
    });
  }
}

/** Asks the authenticator; true once the answer is in the field. */
async function answer(form: HTMLFormElement, field: HTMLInputElement): Promise<boolean> {
  const optionsJSON = JSON.parse(form.dataset['options'] ?? 'null');
  if (!optionsJSON) return false;
  try {
    const response =
      form.dataset['securityKey'] === 'register'
        ? await startRegistration({ optionsJSON })
        : await startAuthentication({ optionsJSON });
    field.value = JSON.stringify(response);
    return true;
  } catch {
    // The person cancelled, the key timed out or was not recognised: the note says try again.
    return false;
  }
}
