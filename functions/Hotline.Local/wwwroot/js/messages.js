// What the console says when the server refuses something, in Chinese. The API answers integrators in English
// (problem+json with the field and its reason); the console maps field + reason to a Chinese sentence here, in one
// place, and keeps the server's English in small print. No DOM: the mapping is tested on its own.

/** The Chinese name of each field the server may name (intake, signals, staff admin). */
export const FIELD_ZH = {
  'caller.name': '来电人姓名', 'caller.phone': '电话', 'caller.address': '地址/房号', 'caller.property': '楼盘/园区',
  caller: '来电人', channel: '来源', profile: '业务规程', category: '类别', urgency: '紧急程度', summary: '诉求摘要',
  details: '详细内容', decision: '处理方式', reason: '立项理由/原因', receivedBy: '首问责任人', linkedUnit: '被投诉的联动单位',
  'upstream.number': '督办件编号', 'upstream.area': '区域', 'upstream.dueUtc': '上级规定期限', 'fee.amount': '收费标准',
  'fee.agreed': '业主认可收费', readBack: '复述确认', toldProcedure: '告知办理流程', toldExpectedUtc: '告知预计时间',
  name: '姓名', phone: '手机号', unit: '部门', roles: '角色', manager: '上级', onDuty: '在岗', id: '工号',
  text: '内容', note: '备注', result: '处理结果', comment: '意见', rating: '满意度', stage: '回访类型', to: '接收人',
  dueUtc: '时间', approvalReference: '上级批准文号', method: '转移方式', 'evidence.kind': '凭证', 'evidence.reference': '单号',
  type: '操作', pageSize: '每页条数', continuationToken: '分页标记', 'Content-Type': '请求格式',
  // Surveys (R-RV-7) and release permits (R-SV-1): surveys.js, permits.js.
  from: '开始日期', areas: '调查的服务方面', items: '搬出物品', applicant: '申请人身份', applicantName: '申请人姓名', idShown: '有效身份证件',
  signedByApplicant: '申请人签名', valuableOrLarge: '贵重或大件', authorisation: '授权委托书', permitId: '放行通知单编号',
};

/** Field names as the form shows them: "roles[2]" is a role. */
export const fieldZh = field => FIELD_ZH[field] ?? FIELD_ZH[field.replace(/\[\d+\]$/, '')] ?? field;

// Reason patterns the server's validators use (Service/Api/Validation.cs, PhoneNumber, StaffHandlers); the first that
// matches gives the Chinese sentence. Unknown reasons fall back to "此项有误" with the English kept beside it.
const PATTERNS = [
  [/^Required|is required/i, (f, select) => (select ? `请选择${f}` : `请填写${f}`)],
  [/^At most (\d+) characters/i, (f, _, m) => `${f}最多 ${m[1]} 个字`],
  [/mobile numbers have 11 digits/i, () => '手机号应为 11 位数字'],
  [/is not a phone number/i, () => '电话号码格式不对：手机号 11 位，固定电话请带区号，如 139 1234 5678 或 010-12345678'],
  [/already belongs to staff member (\S+?)[;,.]/i, (_, __, m) => `该号码已属于员工 ${m[1]}：一个手机号只能属于一名员工（短信按号码识别）`],
  [/is not another staff member/i, () => '上级须是目录中的另一名员工'],
  [/No staff member/i, f => `${f}不在员工目录中`],
  [/owner agreed to the fee/i, () => '业主认可收费后才能派单；业主不同意时请选择“当场解答”'],
  [/is not a category of profile/i, () => '该业务规程没有这个类别'],
  [/is not one of|At least one of/i, f => `${f}的取值无效，请从列表中选择`],
  [/is not a date|as yyyy/i, f => `${f}的日期格式不对`],
  [/may not record a request in/i, () => '只有登记员可以代他人登记首问（R-IN-9）'],
  [/not a loaded profile|Unknown profile/i, () => '没有这个业务规程'],
  [/send the body as application\/json|Send application\/json/i, () => '请求格式须为 JSON'],
];

/** A Chinese sentence for one field error: zhReason('caller.phone', 'a phone number is required') → '请填写电话'. */
export function zhReason(field, reason, { select = false } = {}) {
  const f = fieldZh(field);
  for (const [pattern, say] of PATTERNS) {
    const m = pattern.exec(reason ?? '');
    if (m) return say(f, select, m);
  }

  return `${f}有误`;
}

/** What each rule is about, in plain Chinese, for a refusal's "不符合规则 R-XX-n：…" (docs/rules.md). */
export const RULE_ZH = {
  'R-IN-1': '受理须登记来电人、电话、地址、楼盘、来源、类别、内容和首问责任人', 'R-IN-2': '是否立项须按立项理由决定',
  'R-IN-3': '当场解答的来电只作登记，不立项', 'R-IN-4': '楼盘未处理过的首次诉求先引导至楼盘', 'R-IN-5': '受理时须告知办理时限',
  'R-IN-6': '督办件须登记编号、区域并指定责任单位和责任人', 'R-IN-7': '非本单位职责的投诉须在 30 分钟内转热线',
  'R-IN-8': '匿名举报、员工发现和督办件可不留姓名电话', 'R-IN-9': '首问责任人为来电人最先联系到的员工',
  'R-DS-1': '派单须通知责任主管或实施人并记录', 'R-DS-2': '可同时通知责任单位办公室负责人', 'R-DS-3': '疑难复杂事项须先经经理批示再派单',
  'R-DS-4': '重大、紧急投诉须立即上报', 'R-DS-5': '按类别确定责任部门；不明确时由客服主管指定', 'R-DS-6': '误派单位须接单处理，不得再次转派',
  'R-DS-7': '楼盘负责人须立即决定措施并指派部门负责人', 'R-DS-8': '投诉二级联动单位须写明单位', 'R-DS-9': '重大、复杂或逾期事项须书面移交',
  'R-FU-1': '派单 2 小时后首次跟进', 'R-FU-2': '下班前第二次跟进', 'R-FU-3': '每周一检讨上周未结工单', 'R-FU-4': '每日跟进未结工单并出日报',
  'R-FU-5': '部门负责人上门处理并交回回访表', 'R-FU-6': '7 天未解决须书面上报', 'R-FU-7': '须在规定工作日内完成并反馈上级',
  'R-FU-8': '二次投诉须记录并加急处理', 'R-FU-9': '有偿服务须告知收费并经业主同意', 'R-FU-10': '一般故障立即处理，维修当天完成',
  'R-FU-11': '每项诉求 24 小时内首次答复', 'R-FU-12': '无理要求经上级批准可挂起', 'R-FU-13': '供暖季 24 小时服务，按维修大小定时限',
  'R-EM-1': '紧急事件的范围', 'R-EM-2': '紧急事件须立即逐级上报', 'R-EM-3': '随后通知责任班组', 'R-EM-4': '紧急事件须立项，调度员坚守岗位',
  'R-EM-5': '跟踪善后，领导每项批示单独跟进', 'R-EM-6': '紧急工单须经理批准才能结案',
  'R-CL-1': '完工、业主签服务单后才能结案', 'R-CL-2': '非维修类凭文件或主管通知核实后结案', 'R-CL-3': '相关新问题另行立项后原单可结',
  'R-CL-4': '相关问题未办完不能结案', 'R-CL-5': '重大事项须经理批准才能结案', 'R-CL-6': '未处理完不得结案',
  'R-CL-7': '无法处理的工单每季度经经理批准结案', 'R-CL-8': '结案须记录最终结果和批准人',
  'R-RV-1': '部门负责人 24 小时内首次回访', 'R-RV-2': '热线做结案回访', 'R-RV-3': '完成后 2 天内回访', 'R-RV-4': '回访评定满意度 A/B/C',
  'R-RV-5': '回访率 100%、满意率 98%', 'R-RV-6': '按规程在结案后回访', 'R-RV-7': '定期满意度调查',
  'R-RP-1': '月度汇总', 'R-RP-2': '考核指标', 'R-RP-3': '满意率计算', 'R-RP-4': '周报、月报按期上报', 'R-RP-5': '定期统计分析上报主管部门',
  'R-RP-6': '每日报告未结工单进展', 'R-RP-7': '责任追究', 'R-RP-8': '首问责任按接待记录稽核', 'R-RP-9': '报表须审核批准后报出',
  'R-RP-10': '服务质量投诉须出纠正预防措施报告', 'R-RP-11': '不满意投诉须考核楼盘负责人',
  'R-FQ-1': '转交须用电话转接、主管到场或陪同前往', 'R-FQ-2': '接收部门办完须告知首问责任人', 'R-FQ-3': '首问责任追究',
  'R-FB-1': '办完须告知来电人结果', 'R-SV-1': '物品放行条', 'R-PV-1': '业主信息保密，未参与者看不到', 'R-PV-2': '记录须再现纸质表单',
  'R-PV-3': '按服务时间计算时限',
};

/** "不符合规则 R-CL-6：未处理完不得结案" — the refusal in one Chinese line with its rule id. */
export const ruleZh = rule => (RULE_ZH[rule] ? `不符合规则 ${rule}：${RULE_ZH[rule]}` : `不符合规则 ${rule}`);
