/**
 * Speakers' names for search, sharded by their first character: a library of a thousand
 * interviews has thousands of speakers (about 120 bytes of names each), too many for the
 * manifest every query loads. A query loads the shards of the characters its words begin with
 * (`nameStarts`), which hold every name it can mean.
 */
import { shardOf } from './grams.ts';
import type { SpeakerName } from './speakers.ts';

/** Names per shard the build aims at: shards multiply as the library's speakers do. */
const NAMES_PER_SHARD = 64;

/** The shard of a name (or of a query word's first character). */
export function nameShardOf(name: string, count: number): number {
  return shardOf([...name][0] ?? '', count);
}

/** The names in shards, a power of two of them, each name in the shard of its first character. */
export function buildNameShards(names: readonly SpeakerName[]): SpeakerName[][] {
  let count = 1;
  while (count * NAMES_PER_SHARD < names.length) count *= 2;
  const shards: SpeakerName[][] = Array.from({ length: count }, () => []);
  for (const name of names) shards[nameShardOf(name.name, count)]!.push(name);
  return shards;
}

/** The shards a query needs, given the characters its names can begin with. */
export function nameShardsFor(starts: readonly string[], count: number): number[] {
  return [...new Set(starts.map((c) => nameShardOf(c, count)))].sort((a, b) => a - b);
}
