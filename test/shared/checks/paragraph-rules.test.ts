import { describe, expect, it } from 'vitest';
import { applyFixes, checkParagraph } from '../../../shared/checks/engine';
import type { Finding } from '../../../shared/checks/types';
import { ctx, para } from './check-helpers';

type Case = [text: string, flagged: string, fix: string | null];

/** Findings of one rule on one paragraph. */
function run(rule: string, text: string, over: Parameters<typeof ctx>[0] = {}, role: Parameters<typeof para>[1] = 'body'): Finding[] {
  return checkParagraph(para(text, role), ctx(over)).filter((f) => f.rule === rule);
}

function expectHits(rule: string, cases: Case[], over: Parameters<typeof ctx>[0] = {}) {
  for (const [text, flagged, fix] of cases) {
    const found = run(rule, text, over);
    const spans = found.map((f) => [text.slice(f.start, f.start + f.length), f.fix]);
    expect(spans, text).toContainEqual([flagged, fix]);
  }
}

function expectClean(rule: string, texts: string[], over: Parameters<typeof ctx>[0] = {}) {
  for (const text of texts) expect(run(rule, text, over), text).toEqual([]);
}

describe('punct.halfwidth', () => {
  it('flags half-width marks in Chinese text with the full-width fix', () => {
    expectHits('punct.halfwidth', [
      ['2024年,全县', ',', '，'],
      ['现将有关情况报告如下:', ':', '：'],
      ['(一)加强组织领导', '(', '（'],
      ['(一)加强组织领导', ')', '）'],
      ['是否到位?', '?', '？'],
      ['落实"四个亲自"要求', '"', '“'],
      ['工作取得成效.下一步', '.', '。'],
    ]);
    const all = run('punct.halfwidth', '开展"八五"普法;成效明显!');
    expect(applyFixes('开展"八五"普法;成效明显!', all)).toBe('开展“八五”普法；成效明显！');
  });

  it('leaves numbers, times, URLs, Latin text and heading numbers alone', () => {
    expectClean('punct.halfwidth', [
      '全年投入资金1,000万元，增长3.14个百分点。',
      '会议于10:30开始。',
      '详见https://www.gov.cn/zhengce/content/2021-08/11/content_5630802.htm，欢迎查阅。',
      '邮箱fzb@example.gov.cn可以接收意见。',
      'He said: "rule of law" (in English).',
      '1.健全工作机制。',
      '县政发(2024)3号文件',
    ]);
  });
});

describe('punct.repeated', () => {
  it('flags doubled and mixed marks', () => {
    expectHits('punct.repeated', [
      ['完成。。下一步', '。。', '。'],
      ['制度、、机制', '、、', '、'],
      ['完成，。下一步', '，。', null],
    ]);
  });
  it('keeps the ellipsis and the dash', () => {
    expectClean('punct.repeated', ['还有许多问题……', '法治政府——人民满意的政府', '“一是”。下一步']);
  });
});

describe('punct.doc-number', () => {
  it('flags other brackets around the year of a 文号', () => {
    expectHits('punct.doc-number', [
      ['国办发[2019]28号', '[2019]', '〔2019〕'],
      ['中发（2021）33号', '（2021）', '〔2021〕'],
      ['厅字【2019】28号', '【2019】', '〔2019〕'],
      ['国办发(2019)28号', '(2019)', '〔2019〕'],
    ]);
  });
  it('accepts 六角括号 and other bracketed years', () => {
    expectClean('punct.doc-number', ['厅字〔2019〕28号', '《法治政府建设实施纲要（2021—2025年）》', '（2024）年度']);
  });
});

describe('numbering.mark', () => {
  it('flags the wrong mark after a heading number', () => {
    expectHits('numbering.mark', [
      ['1、健全工作机制', '、', '.'],
      ['2,落实制度', ',', '.'],
      ['（一）、加强领导', '、', ''],
      ['一.总体情况', '.', '、'],
      ['（1）、开展培训', '、', ''],
    ]);
  });
  it('accepts the right marks and ordinary sentences', () => {
    expectClean('numbering.mark', [
      '一、总体情况',
      '（一）加强领导',
      '1.健全机制。正文',
      '1．健全机制',
      '（1）开展培训',
      '一是加强学习',
      '2018年，我市',
      '3、4月份开展检查',
      '1,000人参加',
      '一、二季度完成',
    ]);
  });
});

describe('numbers', () => {
  it('flags hyphens in time, ordinal and value ranges', () => {
    expectHits('numbers.range-hyphen', [
      ['纲要（2021-2025年）', '-', '—'],
      ['1-3月完成', '-', '—'],
      ['第3-5条', '-', '—'],
      ['每场50-100人', '-', '～'],
    ]);
    expectClean('numbers.range-hyphen', ['电话0719-5222222', '日期2024-01-15', '型号GB-2011', '2021—2025年', '5～10人']);
  });

  it('flags abbreviated years and fixes them to four digits', () => {
    expectHits('numbers.short-year', [
      ['03年起实施', '03', '2003'],
      ['18年3月', '18', '2018'],
      ['25年1—6月', '25', '2025'],
      ['98年底', '98', '1998'],
    ]);
    expectClean('numbers.short-year', ['用10年时间', '近20年来', '2018年3月', '连续3年']);
  });

  it('flags zero-padded dates, as an error on the signing date', () => {
    expectHits('numbers.zero-padded-date', [
      ['2025年01月15日', '01', '1'],
      ['2025年1月05日', '05', '5'],
    ]);
    expect(run('numbers.zero-padded-date', '2025年01月15日', {}, 'date')[0]?.severity).toBe('error');
    expectClean('numbers.zero-padded-date', ['2025年1月15日', '2025年10月10日']);
  });

  it('flags a percentage range with one sign', () => {
    expectHits('numbers.percent-range', [
      ['5～95%', '5～95%', '5%～95%'],
      ['增长10-20%', '10-20%', '10%～20%'],
      ['提高5至8％', '5至8％', '5％至8％'],
    ]);
    expectClean('numbers.percent-range', ['5%～95%', '增长15%', '2021—2025年增长5%']);
  });

  it('flags stacked approximations', () => {
    expectHits('numbers.stacked-approximation', [
      ['约1000多人', '约1000多', '约1000'],
      ['近300余件', '近300余', '近300'],
      ['约200人左右', '约200人左右', '约200人'],
    ]);
    expectClean('numbers.stacked-approximation', ['约1000人', '1000多人', '最近3年', '200人左右']);
  });

  it('flags date-named days without 间隔号', () => {
    expectHits('numbers.date-named-day', [
      ['开展“12.4”宣传', '“12.4”', '“12·4”'],
      ['12.4国家宪法日', '12.4', '“12·4”'],
      ['“3-15”活动', '“3-15”', '“3·15”'],
    ]);
    expectClean('numbers.date-named-day', ['“12·4”国家宪法日', '增长12.4个百分点', '“13.45”']);
  });
});

describe('numbers.fixed-chinese-numerals', () => {
  it('flags Arabic digits in fixed expressions', () => {
    expectHits('numbers.fixed-chinese-numerals', [
      ['落实行政执法3项制度', '3项制度', '三项制度'],
      ['做到2个维护', '2个维护', '两个维护'],
      ['编制“十4五”规划', '“十4五”', '“十四五”'],
      ['工作有三。1是加强学习', '1是', '一是'],
    ]);
    expect(run('numbers.fixed-chinese-numerals', '1是加强学习')[0]?.severity).toBe('warning');
  });
  it('leaves ordinary counts alone', () => {
    expectClean('numbers.fixed-chinese-numerals', ['制定3项制度规定', '全年开展3项专项行动', '共有12是指', '2024是关键一年']);
  });
});

describe('words', () => {
  it('suggests explicit years for vague time words and flags 今年来', () => {
    expectHits('words.vague-time', [
      ['今年来，全县', '今年来', '今年以来'],
      ['今年以来', '今年', null],
      ['去年同期', '去年', null],
      ['近年来', '近年来', null],
    ]);
    expect(run('words.vague-time', '今年来，全县')[0]?.severity).toBe('warning');
    expect(run('words.vague-time', '去年同期')[0]?.severity).toBe('suggestion');
  });

  it('flags confusable words and respects the whitelists', () => {
    expectHits('words.confusable', [
      ['推进法制政府建设', '法制', '法治'],
      ['习近平法制思想', '法制', '法治'],
      ['规范行政权利运行', '权利', '权力'],
      ['公布权利清单', '权利', '权力'],
      ['保障公民权力', '权力', '权利'],
      ['截止2024年底', '截止', '截至'],
      ['消除隐形壁垒', '隐形', '隐性'],
      ['聚集主责主业', '聚集', '聚焦'],
      ['扩宽群众参与渠道', '扩宽', '拓宽'],
      ['积极的推进', '的', '地'],
      ['认真布署', '布署', '部署'],
    ]);
    expectClean('words.confusable', [
      '严格落实法制审核制度',
      '充分发挥法制机构作用',
      '市政府法制办',
      '加强法制建设',
      '申报截止日期为3月31日',
      '规范行政权力运行',
      '保障公民合法权益',
      '保障群众依法行使监督权利',
      '民法典规定的权利配置',
      '扩宽道路两公里',
      '取得积极的成效',
    ]);
  });

  it('applies the user’s own confusables and sensitive terms', () => {
    const user = { confusables: [{ wrong: '江宁区', right: '江宁县' }], sensitiveTerms: [{ term: '内部资料', note: '不得公开' }] };
    expectHits('words.confusable', [['江宁区人民政府', '江宁区', '江宁县']], { user });
    expect(run('words.sensitive', '本报告含内部资料', { user })[0]?.message).toContain('不得公开');
    expectClean('words.sensitive', ['本报告公开发布'], { user });
  });
});
