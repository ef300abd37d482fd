/** Step: exchanges with their theme, ids and roles attached: what every page is written from. */
import type { ThemeData } from '../../../src/schemas/interview-data.ts';
import type { ThemeAssignment } from '../assign-themes.ts';
import type { ExchangeView } from '../mdx/build-tree.ts';
import type { Exchange, Speaker } from '../model.ts';

export function exchangeViews(
  exchanges: readonly Exchange[],
  assignments: readonly ThemeAssignment[],
  themes: readonly ThemeData[],
  speakers: readonly Speaker[],
  ids: readonly string[],
): ExchangeView[] {
  const role = new Map(speakers.map((s) => [s.name, s.role]));
  const themeBySlug = new Map(themes.map((t) => [t.slug, t]));
  return exchanges.map((exchange, i) => {
    const theme = themeBySlug.get(assignments[i]!.theme)!;
    return {
      number: exchange.number,
      theme: theme.slug,
      themeTitle: theme.title,
      turns: exchange.turns.map((turn) => ({ turn, id: ids[turn.index]!, role: role.get(turn.speaker)! })),
    };
  });
}
