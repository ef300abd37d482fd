/**
 * English function words — articles, pronouns, prepositions, conjunctions, auxiliaries and
 * modals, a closed class — which a Chinese turn says with no word of their own (or with one
 * character, which the dictionary does not map): of a sentence read for Chinese turns, the
 * other words are its keywords (bury it in the desert → bury, desert).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those each every some any no all both either neither another such ' +
    'i me my mine you your yours he him his she her hers it its we us our ours they them their theirs ' +
    'myself yourself himself herself itself ourselves themselves what which who whom whose ' +
    'of in on at to for from by with without about over under into onto out up down off across through ' +
    'between among after before during against along around behind beyond near than as like upon via per ' +
    'and or but nor so yet if then because while when where how whether though although unless until ' +
    'be am is are was were been being have has had having do does did done ' +
    "will would shall should can could may might must not there here it's i'm you're that's there's don't"
  ).split(' '),
);

/** Function words that turn a query's meaning round: a keyword query keeps them (no money is not money). */
export const NEGATIONS: ReadonlySet<string> = new Set(['no', 'not', 'nor', 'neither', 'never', 'without', "don't"]);

/**
 * Chinese particles: how a sentence is said, not what about (的, 了, 吗 …). A short quote may
 * lack one at an end (华为的 is 华为), and none stands for an English word beside others
 * (的 is CC-CEDICT's "taxi" only as 的士).
 */
export const PARTICLES: ReadonlySet<string> = new Set([...'的了吗呢吧啊呀嘛哦么着过地得']);
