/**
 * Bench figures for automatic themes: the seed run without its data file, compared with
 * the curated themes its data file gives (adjusted Rand index over exchanges and over
 * turns, and where each curated topic landed), plus the shape of the result.
 */
import { readFileSync } from 'node:fs';
import { buildInterview } from '../build-interview.ts';
import { decodeTranscript } from '../decode.ts';
import { GLOSSARY_FILE, parseGlossary } from '../glossary.ts';
import { parseInterviewData } from '../interview-data.ts';
import { adjustedRandIndex, bestMatches } from '../themes/agreement.ts';
import { proposeThemes } from '../themes/propose-themes.ts';

const root = new URL('../../../', import.meta.url);
const SEED = 'content/sources/zhou-hongyi-2023-05-31';

const loadGlossary = () => parseGlossary(readFileSync(new URL(GLOSSARY_FILE, root), 'utf8'), GLOSSARY_FILE);

/** Prints the figures for one transcript; the curated themes come from its data file when given. */
export function themeFigures(transcriptPath: string, dataPath?: string): string[] {
  const file = transcriptPath.startsWith('/') ? transcriptPath : new URL(transcriptPath, root).pathname;
  const text = decodeTranscript(readFileSync(file), file).text;
  const lines: string[] = [];
  const glossary = loadGlossary();
  const plain = buildInterview(text, file, undefined, undefined, glossary);
  const proposal = proposeThemes({
    exchanges: plain.exchanges,
    speakers: plain.transcript.speakers,
    headings: plain.transcript.headings,
    glossary,
  });
  const turns = plain.exchanges.map((e) => e.turns.length);
  const total = turns.reduce((a, b) => a + b, 0);
  const title = new Map(proposal.themes.map((t) => [t.slug, t.title]));
  const largest = Math.max(...proposal.themes.map((t) => proposal.assignment.reduce((s, a, i) => s + (a === t.slug ? turns[i]! : 0), 0)));
  lines.push(
    `${transcriptPath}: ${plain.exchanges.length} exchanges, ${total} turns → ${proposal.themes.length} themes, largest ${((largest / total) * 100).toFixed(0)}% of turns`,
  );
  for (const theme of proposal.themes) {
    const members = proposal.assignment.flatMap((a, i) => (a === theme.slug ? [i + 1] : []));
    lines.push(`  ${theme.title} (${theme.slug}): exchanges ${members.join(', ')}; ${theme.keywords.join(' ')}`);
  }
  if (dataPath) {
    const data = parseInterviewData(readFileSync(new URL(dataPath, root), 'utf8'), dataPath);
    const curated = buildInterview(text, file, data, undefined, glossary).assignments.map((a) => a.theme);
    const perTurn = (labels: readonly string[]) => labels.flatMap((l, i) => Array<string>(turns[i]!).fill(l));
    lines.push(
      `  agreement with the curated themes: ARI ${adjustedRandIndex(curated, proposal.assignment).toFixed(3)} over exchanges, ${adjustedRandIndex(perTurn(curated), perTurn(proposal.assignment)).toFixed(3)} over turns`,
    );
    for (const [topic, match] of bestMatches(curated, proposal.assignment)) {
      lines.push(
        `    ${topic.padEnd(26)} ${match.size} exchange(s): ${(match.share * 100).toFixed(0).padStart(3)}% in “${title.get(match.group)}”`,
      );
    }
  }
  return lines;
}

/** The seed's figures, for `npm run bench`. */
export function benchThemes(): string {
  return [
    'automatic themes (seed without its data file, against its curated themes):',
    ...themeFigures(`${SEED}.txt`, `${SEED}.yaml`),
  ].join('\n');
}

if (import.meta.main) {
  const [transcript, data] = process.argv.slice(2);
  console.log(transcript ? themeFigures(transcript, data).join('\n') : benchThemes());
}
