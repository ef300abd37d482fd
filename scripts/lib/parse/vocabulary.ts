/**
 * The words transcripts use for their metadata and conventions. One place, so a new
 * publisher's conventions are added here and nowhere else.
 */
import type { Role } from '../model.ts';

/** Header keys that declare speakers, with the role they give. */
export const ROLE_KEYS: ReadonlyMap<string, Role> = new Map([
  ['访谈人', 'interviewer'],
  ['采访人', 'interviewer'],
  ['采访者', 'interviewer'],
  ['主持人', 'interviewer'],
  ['主持', 'interviewer'],
  ['提问人', 'interviewer'],
  ['Host', 'interviewer'],
  ['Interviewer', 'interviewer'],
  ['Moderator', 'interviewer'],
  ['受访人', 'interviewee'],
  ['受访者', 'interviewee'],
  ['嘉宾', 'interviewee'],
  ['对话嘉宾', 'interviewee'],
  ['Guest', 'interviewee'],
  ['Guests', 'interviewee'],
  ['Interviewee', 'interviewee'],
]);

/** Keys of source metadata that may open a transcript. */
export const HEADER_KEYS: ReadonlySet<string> = new Set([
  ...ROLE_KEYS.keys(),
  '来源',
  '图片来源',
  '整理',
  '编辑',
  '撰文',
  '文',
  '时间',
  '日期',
  '地点',
  'Source',
  'Date',
]);

/** Keys of source metadata that close a transcript (a republisher's footer). */
export const FOOTER_KEYS: ReadonlySet<string> = new Set([
  '文章标题',
  '原文标题',
  '文章链接',
  '原文链接',
  '更新时间',
  '发布时间',
  '责任编辑',
]);

/** Labels of question-and-answer transcripts, and the role each gives. */
export const QA_LABELS: ReadonlyMap<string, Role> = new Map([
  ['问', 'interviewer'],
  ['答', 'interviewee'],
  ['Q', 'interviewer'],
  ['A', 'interviewee'],
  ['Question', 'interviewer'],
  ['Answer', 'interviewee'],
]);

/** Separators between several names in one header value (`张三、李四`). */
export const NAME_SEPARATORS = /[、,，/／;；]|\s+(?:and|&)\s+|和|与/;

/** Labels of editors' notes (`编者按：…`): text of the publication, never a speaker. */
export const EDITOR_LABELS: ReadonlySet<string> = new Set(['编者按', '编者注', '编注', '编辑注', '导语', '前言', '按', '注', "Editor's note", 'Editor’s note', 'Note']);
