/**
 * Light, dark, or follow the system: the header button cycles through the three and the
 * choice is remembered. public/theme-init.js applies it before the first paint.
 */
const KEY = 'tanlu-theme';
const NEXT = { auto: 'light', light: 'dark', dark: 'auto' } as const;
const LABEL = { auto: '深浅色：跟随系统', light: '深浅色：浅色', dark: '深浅色：深色' } as const;
type Choice = keyof typeof NEXT;

export function startThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('#theme-toggle');
  if (!button) return;
  const current = (): Choice => (document.documentElement.dataset.theme as Choice | undefined) ?? 'auto';
  const show = () => {
    const choice = current();
    button.setAttribute('aria-label', `${LABEL[choice]}（点击切换）`);
    button.dataset.choice = choice;
  };
  show();
  button.addEventListener('click', () => {
    const choice = NEXT[current()];
    if (choice === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = choice;
    try {
      if (choice === 'auto') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, choice);
    } catch {
      // Storage refused (private mode): the choice lasts for this page only.
    }
    show();
  });
}
