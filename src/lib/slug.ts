/**
 * A name as lower-case ASCII words joined by `-`, Chinese transliterated to pinyin: the one
 * way the site makes an address out of a name (an interview's file name, a person's name).
 */
import { pinyin } from 'pinyin-pro';

/** `中文访谈 2024` → `zhong-wen-fang-tan-2024`; `Café Olé` → `cafe-ole`. */
export function slugify(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('-')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}
