/**
 * Light, dark, or follow the system: the header button cycles through the three and the
 * choice is remembered. src/lib/theme-init.ts applies it before the first paint; the button
 * shows the choice by CSS from the same attribute (src/components/ThemeToggle.astro).
 */
const KEY = 'tanlu-theme';
const NEXT = { auto: 'light', light: 'dark', dark: 'auto' } as const;
type Choice = keyof typeof NEXT;

export function startThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('#theme-toggle');
  if (!button) return;
  const root = document.documentElement;
  button.addEventListener('click', () => {
    const choice = NEXT[(root.dataset.theme as Choice | undefined) ?? 'auto'];
    if (choice === 'auto') delete root.dataset.theme;
    else root.dataset.theme = choice;
    try {
      if (choice === 'auto') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, choice);
    } catch {
      // Storage refused (private mode): the choice lasts for this page only.
    }
  });
}
