/**
 * People a Chinese text names, in pinyin: readers who do not type Chinese write 魏则西 as Wei
 * Zexi and 赵长鹏 as Changpeng Zhao, and no dictionary holds the names of the people an interview
 * is about. A name is read where the text says it: a common surname and two characters more,
 * said twice or more in one text, that are no word and begin and end no word (王者荣耀 begins
 * with a word; 李说话 ends with one) — evidence from the text, as the transcripts' own glosses are.
 */
import { pinyin } from 'pinyin-pro';
import type { DictionaryEntry } from './dictionary.ts';

/**
 * The most common surnames (a closed class, as titles are), without those that are also
 * everyday words at the start of a phrase (和, 时, 于, 万, 全, 成, 文, 明 …): a name after them is
 * not told from a phrase.
 */
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛翁冉骆蓝游辛靳管柴蒙鲍喻祁蒲房滕屈饶牟艾尤穆卓缪简麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬卞姬栾隋刁荣巫寇桑郎甄丛仲虞敖巩佘池苑迟邝',
]);

/** Characters no given name is made of here: particles, pronouns, the verbs of saying and being. */
const NOT_IN_A_NAME = /[的了是在有和就也都不这那我你他她它们说讲问吗呢吧啊个么着过得地还又很太]/u;

/** How often a text says a name at least: once may be anything. */
const SAID = 2;

/** Names a Chinese text says, as dictionary entries: 魏则西 → Wei Zexi, Zexi Wei (`isWord`: a dictionary headword). */
export function namesInText(texts: readonly string[], isWord: (word: string) => boolean): DictionaryEntry[] {
  const names = new Set<string>();
  for (const text of texts) {
    const counts = new Map<string, number>();
    const chars = [...text];
    for (let i = 0; i + 3 <= chars.length; i++) {
      if (!SURNAMES.has(chars[i]!)) continue;
      const name = chars.slice(i, i + 3).join('');
      if (/^\p{Script=Han}{3}$/u.test(name) && !NOT_IN_A_NAME.test(name.slice(1))) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    for (const [name, count] of counts) {
      if (count >= SAID && !isWord(name) && !isWord(name.slice(0, 2)) && !isWord(name.slice(1))) names.add(name);
    }
  }
  return [...names].sort().map((name) => {
    const [surname, ...given] = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', v: true }).map(capitalised);
    const first = capitalised(given.join('').toLowerCase());
    return { simplified: name, english: [`${surname} ${first}`, `${first} ${surname}`] };
  });
}

/** A syllable or a given name as a name is written: Zexi, Wei. */
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
