/** The sign-in page's one convenience: "Use" next to a demo account fills in the form. */

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-fill]')) {
  button.addEventListener('click', () => {
    const username = document.querySelector<HTMLInputElement>('#username');
    const password = document.querySelector<HTMLInputElement>('#password');
    if (!username || !password) return;
    username.value = button.dataset.fill ?? '';
    password.value = button.dataset.password ?? '';
    password.focus();
  });
}

export {};
