/** The CLI's help text: its own module, so that `nianbao --help` loads nothing else. */
export const USAGE = `用法：nianbao <命令> [选项]

命令：
  templates list [--json]              列出全部模板（内置和自定义）
  reports list [--json]                列出全部报告（含状态、最后修改和备注）
  reports delete <报告编号> [--confirm-title 标题]
                                       删除报告；已定稿的报告不能删除，曾经定稿的须给出完整标题
  backup create                        立即备份数据库（写入设置中的备份文件夹）
  backup list [--json]                 列出备份
  import <文件> [--save] [--json]      导入往年报告（.docx、.txt），--save 同时创建报告
  rollover <报告编号> --year 年份 [--json]  沿用上年报告创建新年度报告
  check <文件|report:编号> [--template 模板编号] [--year 年度] [--json]
                                       校对 .txt（一行一段）、.docx 或数据库中的报告
  export <报告编号> --format docx|pdf|html --out 文件 [--review]
                                       导出为 Word、PDF（需安装 LibreOffice）或网页 HTML；
                                       --review 导出带修订和批注的审阅稿（.docx）
  review import <报告编号> <审阅稿.docx> [--json] [--apply] [--version-id 版本编号]
                                       对照导出版本列出审阅稿中的修订、批注和未标修订的改动；
                                       --apply 记录为修订建议（不直接改动正文）；
                                       文件没有导出标记时用 --version-id 指定对照的版本
  review sheet <报告编号> --out 审签单.docx  生成最近一次导出版本的审签单（含正文 SHA-256）
  review hash <文件.docx>              计算 Word 文件正文的 SHA-256，与审签单核对

创建报告（import --save、rollover）时，已有同一单位、同类、同年度的报告会被拒绝；
确需再建一份时加 --allow-duplicate，并可用 --note 备注 注明区别。

通用选项：
  --db <文件>     使用指定的数据库文件（也可用环境变量 NIANBAO_DB）
  --help          显示本说明
`;
