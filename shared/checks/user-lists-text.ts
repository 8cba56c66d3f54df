import { UserListsSchema, type UserLists } from './data-schema';

/**
 * The user's lists as plain lines, the way staff keep them in a memo: one entry a line.
 * 领导：「姓名 职务」 in the required order; 敏感词：「词语 说明」; 易混词：「错误写法→正确写法」.
 */
export interface UserListsText {
  leaders: string;
  sensitiveTerms: string;
  confusables: string;
  /** 不再提示的词：one word a line. */
  allowedWords?: string;
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l, i) => ({ line: i + 1, text: l.trim() }))
    .filter((l) => l.text !== '');
const splitFirst = (text: string, sep: RegExp): [string, string] => {
  const m = sep.exec(text);
  return m ? [text.slice(0, m.index).trim(), text.slice(m.index + m[0].length).trim()] : [text, ''];
};

export function formatUserLists(lists: UserLists): UserListsText {
  return {
    leaders: lists.leaders.map((l) => `${l.name}${l.title ? ` ${l.title}` : ''}`).join('\n'),
    sensitiveTerms: lists.sensitiveTerms.map((t) => `${t.term}${t.note ? ` ${t.note}` : ''}`).join('\n'),
    confusables: lists.confusables.map((c) => `${c.wrong}→${c.right}`).join('\n'),
    allowedWords: lists.allowedWords.join('\n'),
  };
}

/** Parses the three lists; problems come back as Chinese messages naming the list and the line. */
export function parseUserLists(text: UserListsText): { lists: UserLists | null; problems: string[] } {
  const problems: string[] = [];
  const leaders = lines(text.leaders).map(({ text: t }) => {
    const [name, title] = splitFirst(t, /[\s\u3000，,]+/u);
    return { name, title };
  });
  const sensitiveTerms = lines(text.sensitiveTerms).map(({ text: t }) => {
    const [term, note] = splitFirst(t, /[\s\u3000]+/u);
    return { term, note };
  });
  const confusables = lines(text.confusables).flatMap(({ line, text: t }) => {
    const [wrong, right] = splitFirst(t, /\s*(?:→|->|=>|[\s\u3000]+)\s*/u);
    if (!right) problems.push(`易混词第${line}行“${t}”缺少正确写法，格式为“错误写法→正确写法”。`);
    else if (wrong === right) problems.push(`易混词第${line}行的两种写法相同。`);
    return right && wrong !== right ? [{ wrong, right }] : [];
  });
  const allowedWords = [...new Set(lines(text.allowedWords ?? '').map(({ text: t }) => t))];
  const parsed = UserListsSchema.safeParse({ leaders, sensitiveTerms, confusables, allowedWords });
  if (!parsed.success) {
    const names: Record<string, string> = {
      leaders: '领导名单',
      sensitiveTerms: '敏感词',
      confusables: '易混词',
      allowedWords: '不再提示的词',
    };
    for (const issue of parsed.error.issues.slice(0, 5)) {
      const [list, index] = issue.path;
      problems.push(`${names[String(list)] ?? String(list)}${typeof index === 'number' ? `第${index + 1}项` : ''}：${issue.message}`);
    }
  }
  return { lists: problems.length === 0 && parsed.success ? parsed.data : null, problems };
}
