import { describe, expect, it } from 'vitest';
import { applyFixes, checkParagraph, runChecks } from '../../../shared/checks/engine';
import { checkText, CHECK_DATA, ctx, para } from './check-helpers';

const run = (rule: string, text: string, year = 2024) => checkParagraph(para(text), ctx({ year })).filter((f) => f.rule === rule);
const spans = (rule: string, text: string, year = 2024) =>
  run(rule, text, year).map((f) => [text.slice(f.start, f.start + f.length), f.fix]);
const lines = (...l: string[]) => l.join('\n');

describe('typos.json', () => {
  it('holds several hundred curated pairs, each with its correct form, and official phrases', () => {
    const typos = CHECK_DATA.typos!;
    expect(typos.typos.length).toBeGreaterThanOrEqual(450);
    expect(typos.phrases.length).toBeGreaterThanOrEqual(450);
    for (const e of typos.typos) expect(e.right).not.toBe(e.wrong);
    // No curated wrong form is itself one of the official phrases.
    const phrases = new Set(typos.phrases);
    expect(typos.typos.filter((e) => phrases.has(e.wrong))).toEqual([]);
  });
});

describe('words.typo', () => {
  it('reports the curated wrong forms with the correct form in message and fix', () => {
    const text = '全体干部再接再励，认真贯彻落时各项部署，坚持依法行证，决不按步就班，把台帐建好。';
    const f = run('words.typo', text);
    expect(f.map((x) => [text.slice(x.start, x.start + x.length), x.fix])).toEqual([
      ['贯彻落时', '贯彻落实'],
      ['依法行证', '依法行政'],
      ['台帐', '台账'],
    ]);
    // 再接再励 and 按步就班 are reported once, by the older confusables list.
    expect(checkParagraph(para(text), ctx()).filter((x) => x.fix === '再接再厉')).toHaveLength(1);
    expect(f.every((x) => x.message.includes(`应为“${x.fix}”`))).toBe(true);
    expect(f[0]!.basis).toBe('常见错别字');
    expect(applyFixes(text, checkParagraph(para(text), ctx()))).toBe(
      '全体干部再接再厉，认真贯彻落实各项部署，坚持依法行政，决不按部就班，把台账建好。',
    );
  });
  it('a stock phrase about the plenary sessions and the 纲要', () => {
    expect(spans('words.typo', '深入学习贯彻党的二十大和二十届历届全会精神')).toEqual([['届历届全会', '届历次全会']]);
    expect(spans('words.typo', '对照《法治政府建设实施纲要》，加快建设法治政府建设')).toEqual([['建设法治政府建设', '法治政府建设']]);
    expect(spans('words.typo', '认真落实法治政府建设实施刚要')).toEqual([['实施刚要', '实施纲要']]);
  });
  it('leaves correct words, whitelisted longer words and quoted titles alone', () => {
    expect(run('words.typo', '全体干部再接再厉，认真贯彻落实各项部署，坚持依法行政，按部就班推进，住在最佳宾馆。')).toEqual([]);
    expect(run('words.typo', '转发《关于做好贯彻落时工作的通知》')).toEqual([]);
  });
});

describe('words.near-miss', () => {
  it('finds an official phrase one homophone or one 模糊音 keystroke away, with the phrase as fix', () => {
    expect(spans('words.near-miss', '建立健全常效机制')).toEqual([['常效机制', '长效机制']]);
    expect(spans('words.near-miss', '增强政治意识、大局意识、核心意识、看其意识')).toEqual([['看其意识', '看齐意识']]);
    expect(spans('words.near-miss', '坚持守正创薪，推进工作')).toEqual([['守正创薪', '守正创新']]);
    // zh/z: 模糊音, a warning that names the keystroke.
    const f = run('words.near-miss', '依法自理，推进社会治理和基层自理');
    expect(f.map((x) => x.message).join()).toContain('音近');
  });
  it('says nothing about correct phrases, words of their own, and 法治/法制 (left to the confusables list)', () => {
    expect(run('words.near-miss', '建立健全长效机制，深入推进依法行政，依法行使职权，统筹推荐人选。')).toEqual([]);
    expect(run('words.near-miss', '推进法制政府建设，加强法制审核。')).toEqual([]);
    expect(run('words.near-miss', '二十届二中全会、二十届三中全会')).toEqual([]);
  });
});

describe('words.collocation', () => {
  it('加强……力度 → 加大, 提高……意识 → 增强, as suggestions', () => {
    const f = run('words.collocation', '加强执法力度，提高群众法治意识。');
    expect(f.map((x) => [x.fix, x.severity])).toEqual([
      ['加大', 'suggestion'],
      ['增强', 'suggestion'],
    ]);
    expect(f[0]!.message).toContain('宜作“加大……执法力度”');
  });
  it('not across a sentence break, nor the right verbs', () => {
    expect(run('words.collocation', '加大执法力度，增强法治意识，提高执法水平。')).toEqual([]);
    expect(run('words.collocation', '加强学习，力度空前。')).toEqual([]);
  });
});

describe('formulas matched as wholes', () => {
  it('四个意识 with a deviating clause, 十六字方针, 决策法定程序', () => {
    expect(spans('formulas.whole', '牢固树立政治意识、大局意识、核心意识、看齐观念')).toEqual([['看齐观念', '看齐意识']]);
    expect(spans('formulas.whole', '坚持科学立法、严格执法、公平司法、全民守法')).toEqual([['公平司法', '公正司法']]);
    expect(spans('formulas.whole', '严格落实公众参与、专家论证、风险评估、合法性审查、集体研究决定等法定程序')).toEqual([
      ['集体研究决定', '集体讨论决定'],
    ]);
  });
  it('the complete formulas and partial mentions are left alone', () => {
    expect(run('formulas.whole', '牢固树立政治意识、大局意识、核心意识、看齐意识')).toEqual([]);
    expect(run('formulas.whole', '增强政治意识和大局意识')).toEqual([]);
  });
});

describe('citations.documents', () => {
  it('a known title with wrong years', () => {
    const f = run('citations.documents', '认真落实《法治中国建设规划（2021—2025年）》');
    expect(f.map((x) => [x.fix, x.severity])).toEqual([['法治中国建设规划（2020—2025年）', 'error']]);
    expect(f[0]!.basis).toContain('法治中国建设规划（2020—2025年）');
    expect(spans('citations.documents', '落实《法治社会建设实施纲要（2021-2025年）》')).toEqual([
      ['法治社会建设实施纲要（2021-2025年）', '法治社会建设实施纲要（2020—2025年）'],
    ]);
    expect(spans('citations.documents', '落实《法治政府建设实施纲要（2016—2020年）》')).toEqual([
      ['法治政府建设实施纲要（2016—2020年）', '法治政府建设实施纲要（2015—2020年）'],
    ]);
  });
  it('a title one or two characters off a known one', () => {
    const f = run('citations.documents', '依据《党政机关公文处理条例》规定');
    expect(f.map((x) => [x.fix, x.severity])).toEqual([['党政机关公文处理工作条例', 'warning']]);
    expect(spans('citations.documents', '落实《重大行政决策程序暂行规定》')).toEqual([]);
    expect(spans('citations.documents', '落实《重大行政决策程式暂行条例》')).toEqual([
      ['重大行政决策程式暂行条例', '重大行政决策程序暂行条例'],
    ]);
  });
  it('a wrong 文号 beside a known title', () => {
    const f = run('citations.documents', '依据《党政机关公文处理工作条例》（中办发〔2021〕14号）规定');
    expect(f.map((x) => [x.fix, x.message])).toEqual([
      ['中办发〔2012〕14号', '《党政机关公文处理工作条例》的文号是“中办发〔2012〕14号”。'],
    ]);
    const g = run('citations.documents', '按照《中华人民共和国政府信息公开条例》（国务院令第713号）');
    expect(g[0]!.message).toContain('是《重大行政决策程序暂行条例》的文号');
  });
  it('a replaced document cited as the basis of this year', () => {
    const f = run('citations.documents', '根据《法治政府建设实施纲要（2015—2020年）》要求');
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]!.message).toContain('已由《法治政府建设实施纲要（2021—2025年）》取代');
    expect(run('citations.documents', '根据《中华人民共和国政府信息公开条例》（国务院令第492号）')[0]!.message).toContain(
      '国务院令第711号',
    );
    expect(run('citations.documents', '按照《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2019〕60号）要求')).toHaveLength(
      1,
    );
  });
  it('correct citations, history and unknown documents are left alone', () => {
    for (const text of [
      '认真落实《法治政府建设实施纲要（2021—2025年）》《法治中国建设规划（2020—2025年）》《法治社会建设实施纲要（2020—2025年）》',
      '按照《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制',
      '依据《党政机关公文处理工作条例》（中办发〔2012〕14号）',
      '《法治政府建设实施纲要（2015—2020年）》确定的目标任务如期完成',
      '依据《中华人民共和国政府信息公开条例》（国务院令第711号）',
      '落实《某市优化营商环境三年行动方案（2023—2025年）》',
    ]) {
      expect(run('citations.documents', text)).toEqual([]);
    }
    // The 2015 纲要 was current for a 2019 report.
    expect(run('citations.documents', '根据《法治政府建设实施纲要（2015—2020年）》要求', 2019)).toEqual([]);
  });
});

describe('years', () => {
  const report = (...body: string[]) =>
    lines(
      '某县2024年法治政府建设年度报告',
      ...body,
      '二、存在的不足和原因',
      '执法力量不足。',
      '三、党政主要负责人履行推进法治建设第一责任人职责情况',
      '认真履职。',
      '四、2025年推进法治政府建设的主要安排',
      '2025年，我县将继续深化法治政府建设。',
      '五、其他需要报告的情况',
      '无。',
      '某县人民政府',
      '2025年1月10日',
    );
  const years = (text: string) => checkText(text).filter((f) => f.rule === 'years.consistency');
  const at = (text: string, rule: string) =>
    checkText(text)
      .filter((f) => f.rule === rule)
      .map((f) => [f.paragraph + 1, text.split('\n')[f.paragraph]!.slice(f.start, f.start + f.length), f.fix, f.severity]);

  it('a part heading whose year is not the report year', () => {
    const text = report('一、2023年推进法治政府建设的主要举措和成效', '全年审核规范性文件12件。');
    expect(at(text, 'years.consistency')).toEqual([[2, '2023', '2024', 'error']]);
  });
  it('the plans part planning this year, in its heading and in its text', () => {
    const text = report('一、主要举措和成效', '全年审核规范性文件12件。')
      .replace('四、2025年推进', '四、2024年推进')
      .replace('2025年，我县将继续', '2024年，我县将继续');
    expect(at(text, 'years.consistency')).toEqual([
      [8, '2024', '2025', 'error'],
      [9, '2024', '2025', 'warning'],
    ]);
  });
  it('a statistics date before the reporting year, and a date after the report date', () => {
    const text = report('一、主要举措和成效', '截至2023年12月31日，共办理行政复议案件12件。2025年3月召开全县法治工作会议。');
    expect(at(text, 'years.consistency')).toEqual([
      [3, '2023', '2024', 'error'],
      [3, '2025年3月', null, 'error'],
    ]);
  });
  it('a statistics period that ends after the reporting year, a day after the report date', () => {
    const text = report(
      '一、主要举措和成效',
      '截至2025年底，共办理行政复议案件12件。2025年1月12日召开全县法治工作会议。2025年1月8日完成年度考核。',
    );
    expect(at(text, 'years.consistency')).toEqual([
      [3, '2025年', null, 'error'],
      [3, '2025年1月12日', null, 'error'],
    ]);
  });
  it('a clean report has no year finding: comparisons, citations, ranges, plans of next year', () => {
    const text = report(
      '一、2024年推进法治政府建设的主要举措和成效',
      '截至2024年12月31日，共办理行政复议案件12件，较2023年增加3件。认真落实《法治政府建设实施纲要（2021—2025年）》，2021—2025年累计培训2000人次。',
    );
    expect(years(text)).toEqual([]);
  });
  it('two-digit years in any anchored position, not durations', () => {
    expect(spans('numbers.short-year', '共受理申请35件，较23年增加12件，与22年相比明显增长')).toEqual([
      ['23', '2023'],
      ['22', '2022'],
    ]);
    expect(spans('numbers.short-year', '23年全年受理申请35件')).toEqual([['23', '2023']]);
    expect(run('numbers.short-year', '用10年时间，近20年来，较10年前增长，走过了20年以上，比50年增长，至20年后')).toEqual([]);
  });
  it('year ranges with a lost dash', () => {
    expect(spans('numbers.range-lost-dash', '落实《法治政府建设实施纲要（20212025年）》，完成20162020年规划')).toEqual([
      ['20212025', '2021—2025'],
      ['20162020', '2016—2020'],
    ]);
    expect(run('numbers.range-lost-dash', '编号20242023年，金额12345678元，2021—2025年')).toEqual([]);
  });
});

describe('a report in the database (sections from the outline)', () => {
  const sections = [
    { id: 'p1', level: 1 as const, heading: '2024年推进法治政府建设的主要举措和成效', partId: 'measures', required: true, charCount: 40 },
    { id: 's1', level: 2 as const, heading: '（一）政府信息公开', partId: null, required: false, charCount: 40 },
    { id: 'p4', level: 1 as const, heading: '2024年推进法治政府建设的主要安排', partId: 'plans', required: true, charCount: 20 },
  ];
  const doc = (texts: Record<string, string[]>) => ({
    paragraphs: [
      { sectionId: '', index: -1, text: '某县人民政府关于2024年法治政府建设情况的报告', role: 'title' as const },
      ...sections.flatMap((s) => [
        { sectionId: s.id, index: -1, text: s.heading, role: 'heading' as const },
        ...(texts[s.id] ?? []).map((text, index) => ({ sectionId: s.id, index, text, role: 'body' as const })),
      ]),
    ],
    sections,
    title: '某县人民政府关于2024年法治政府建设情况的报告',
    signature: '某县人民政府',
    date: '2025-01-10',
  });

  it('the plans part heading naming this year, and a table block, read as the outline says', () => {
    const d = doc({
      s1: ['全年主动公开信息3286条。', '（二）部分公开\t3\t0\t0\n2.其他法律行政法规禁止公开\t1\t0\t0'],
      p4: ['2025年，我县将继续深化法治政府建设。'],
    });
    const f = runChecks(d, ctx()).filter((x) => x.rule === 'years.consistency' || x.rule.startsWith('numbering.'));
    expect(f.map((x) => [x.rule, x.sectionId, x.paragraph, x.fix])).toEqual([['years.consistency', 'p4', -1, '2025']]);
  });
});
