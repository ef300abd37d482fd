/**
 * Text folded for comparison (never for display): Unicode compatibility forms unified
 * (full-width ＡＢＣ，１２３ → ABC,123), case ignored, runs of white space removed. Keyword
 * evidence and content ids both compare folded text, so a re-typed comma changes neither.
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}
