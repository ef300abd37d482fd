/** What the quote search must reach on the query set (issue: "Quote search"). */
export const TARGETS = {
  verbatim: { recallAt1: 1, excerptAt1: 0.95 },
  keywords: { recallAt5: 1 },
  variants: { recallAt1: 0.95 },
  aliases: { recallAt1: 0.95 },
  absent: { empty: 1 },
} as const;

export type Group = keyof typeof TARGETS;
