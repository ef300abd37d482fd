/** What the quote search must reach on the verbatim query set (`queries.yaml`). */
export const TARGETS = {
  verbatim: { recallAt1: 1, excerptAt1: 0.95 },
  keywords: { recallAt5: 1 },
  variants: { recallAt1: 0.95 },
  aliases: { recallAt1: 0.95 },
  absent: { empty: 1 },
} as const;

/** What it must reach on the remembered set (`remembered.yaml`; issue 11's targets). */
export const REMEMBERED_TARGETS = {
  misremembered: { recallAt5: 0.9 },
  script: { recallAt1: 1 },
  crosslang: { recallAt1: 0.9 },
  speaker: { recallAt1: 0.9 },
  topical: { recallAt5: 1 },
  absent: { empty: 1 },
} as const;

export type Group = keyof typeof TARGETS | keyof typeof REMEMBERED_TARGETS;
