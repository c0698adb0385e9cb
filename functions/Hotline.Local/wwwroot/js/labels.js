// Chinese labels for the API's codes. An unknown code is shown as it is, so a newer server never breaks the console.

export const STATUS = {
  answered: '当场解答', redirected: '引导至楼盘', 'awaiting-instruction': '待领导批示', 'awaiting-routing': '待指定部门',
  dispatched: '已派单', 'in-progress': '处理中', suspended: '已挂起', unresolvable: '无法处理', completed: '已完成', closed: '已结案',
};

export const URGENCY = { normal: '一般', major: '重大', emergency: '紧急' };

export const CHANNEL = { phone: '电话', visit: '来访', letter: '来信', web: '网络', upstream: '上级督办件', internal: '内部发现' };

export const DECISION = { open: '立项派单', answered: '当场解答（不立项）', refer: '请示负责人（是否立项）' };

export const REASON = {
  'on-site-work': 'A 需现场处理', 'found-by-staff': 'B 领导/员工发现', 'query-needs-follow-up': 'C 咨询需跟进',
  emergency: 'D 紧急事件', 'outside-remit': 'E 非本公司职责，代为查询',
};

/** The park-dispatch profile's categories (functions/Hotline.Domain/Profiles/Data/park-dispatch.json). */
export const CATEGORY = {
  repair: '维修', equipment: '设备故障', 'paid-repair': '有偿维修', 'paid-cleaning': '有偿清洁', security: '治安',
  cleaning: '清洁卫生', greening: '绿化环境', parking: '停车管理', service: '服务态度', query: '咨询（需跟进）',
  'outside-remit': '非本公司职责（代为查询）', fire: '火警', accident: '人身、交通安全事故', 'public-safety': '公共安全事件',
  'official-order': '上级指定速办', other: '其他',
};

export const DEADLINE = {
  'acknowledge-timeout': '确认时限', 'first-follow-up': '首次跟进', 'end-of-day-follow-up': '下班前检查', 'first-response': '首次答复',
  'handling-due': '办理时限', 'seven-day-escalation': '7天上报', 'weekly-review': '周一检讨', 'daily-follow-up': '每日跟进',
  'stage-revisit-due': '阶段回访', 'revisit-due': '结案回访', 'emergency-ladder': '紧急逐级上报', 'quarter-end': '季末强制结案',
  'paid-order-due': '有偿下单时限', 'paid-arrival-due': '有偿到场时限', 'paid-on-site-due': '有偿上门时限',
  'upstream-report-due': '督办件上报时限', 'arrival-due': '到场时限', 'breach-decision-due': '首问追究处理期限',
};

export const LEDGER = {
  received: '受理', opened: '立项', answered: '解答', redirected: '引导', dispatched: '派单', notified: '通知', acknowledged: '确认',
  arrived: '到达', progress: '进展', 'follow-up': '跟进', escalated: '上报', completed: '完成', 'cannot-resolve': '无法处理',
  approved: '批准', revisit: '回访', reopened: '重开', reassigned: '改派', 'handed-over': '移交', suspended: '挂起', resumed: '恢复',
  related: '关联', instruction: '批示', 'second-complaint': '二次投诉', accountability: '问责', refused: '拒绝执行', closed: '结案',
  'duty-ended': '首问责任结束', breach: '首问责任追究',
};

export const REVISIT_STAGE = { closing: '结案回访', stage: '阶段回访', second: '楼盘负责人第二次回访' };

export const RATING = { A: 'A 满意', B: 'B 一般满意', C: 'C 不满意' };

/** How a request was passed to the responsible department (004 服务需求转移方式; R-FQ-1). */
export const HANDOVER_METHOD = { 'phone-bridge': '方式一：电话转接', 'supervisor-on-site': '方式二：主管到场', accompanied: '方式三：陪同前往' };

/** What breaks the first-question duty (R-FQ-3). */
export const BREACH_KIND = { evasion: '搪塞、推诿、敷衍', 'passing-the-buck': '踢皮球', attitude: '态度问题（明察暗访）', 'loss-to-owner': '失职造成业主损失' };

export const BREACH_SANCTION = {
  'not-upheld': '经查不成立', criticism: '批评教育', 'public-criticism': '通报批评', warning: '警告', demerit: '记过',
  'major-demerit': '记大过', demotion: '降职', reassignment: '调整工作岗位', dismissal: '辞退',
};

/** The accountability kinds a person records by hand (R-RP-7); the system records the other four itself. */
export const ACCOUNTABILITY_BY_HAND = { 'attitude-complaint': '（一）服务态度差、推诿', 'escalated-to-government-or-media': '（三）处理不当致投诉至政府/媒体' };

export const VERDICT = { satisfactory: '合格', unsatisfactory: '不合格' };

export const label = (table, code) => (code == null ? '—' : table[code] ?? code);

// The rules run on the hotline's calendar (China), so times are shown in Beijing time whatever the browser's zone.
const beijing = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

export const localTime = iso => (iso ? beijing.format(new Date(iso)) : '—');
