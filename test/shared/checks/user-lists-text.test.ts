import { describe, expect, it } from 'vitest';
import { formatUserLists, parseUserLists } from '../../../shared/checks/user-lists-text';

describe('user lists as lines', () => {
  it('reads leaders in order, sensitive terms and confusables, and writes them back', () => {
    const text = {
      leaders: '王明 县长\n\n李华，副县长\n赵强',
      sensitiveTerms: '内部资料 不得公开\n涉密',
      confusables: '江宁区→江宁县\n帐户 账户',
    };
    const { lists, problems } = parseUserLists(text);
    expect(problems).toEqual([]);
    expect(lists).toEqual({
      leaders: [
        { name: '王明', title: '县长' },
        { name: '李华', title: '副县长' },
        { name: '赵强', title: '' },
      ],
      sensitiveTerms: [
        { term: '内部资料', note: '不得公开' },
        { term: '涉密', note: '' },
      ],
      confusables: [
        { wrong: '江宁区', right: '江宁县' },
        { wrong: '帐户', right: '账户' },
      ],
      allowedWords: [],
    });
    expect(parseUserLists(formatUserLists(lists!)).lists).toEqual(lists);
  });

  it('refuses a confusable without its right form, naming the line, and saves nothing', () => {
    const { lists, problems } = parseUserLists({ leaders: '', sensitiveTerms: '', confusables: '江宁区→江宁县\n截止' });
    expect(lists).toBeNull();
    expect(problems).toEqual(['易混词第2行“截止”缺少正确写法，格式为“错误写法→正确写法”。']);
  });

  it('keeps the words not to flag, one a line, without duplicates', () => {
    const { lists } = parseUserLists({ leaders: '', sensitiveTerms: '', confusables: '', allowedWords: '常效机制\n钟山区\n常效机制\n' });
    expect(lists!.allowedWords).toEqual(['常效机制', '钟山区']);
    expect(formatUserLists(lists!).allowedWords).toBe('常效机制\n钟山区');
  });
});
