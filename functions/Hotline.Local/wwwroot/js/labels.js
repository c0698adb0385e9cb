// Chinese labels for the API's codes. An unknown code is shown as it is, so a newer server never breaks the console.

export const STATUS = {
  answered: '当场解答', redirected: '引导至楼盘', 'awaiting-instruction': '待领导批示', 'awaiting-routing': '待指定部门',
  dispatched: '已派单', 'in-progress': '处理中', suspended: '已挂起', unresolvable: '无法处理', completed: '已完成', closed: '已结案',
};

export const URGENCY = { normal: '一般', major: '重大', emergency: '紧急' };

export const CHANNEL = { phone: '电话', visit: '来访', letter: '来信', web: '网络', internal: '内部发现' };

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
  'paid-order-due': '有偿下单时限', 'paid-arrival-due': '有偿到场时限',
};

export const LEDGER = {
  received: '受理', opened: '立项', answered: '解答', redirected: '引导', dispatched: '派单', notified: '通知', acknowledged: '确认',
  arrived: '到达', progress: '进展', 'follow-up': '跟进', escalated: '上报', completed: '完成', 'cannot-resolve': '无法处理',
  approved: '批准', revisit: '回访', reopened: '重开', reassigned: '改派', 'handed-over': '移交', suspended: '挂起', resumed: '恢复',
  related: '关联', instruction: '批示', 'second-complaint': '二次投诉', accountability: '问责', refused: '拒绝执行', closed: '结案',
};

export const label = (table, code) => (code == null ? '—' : table[code] ?? code);

// The rules run on the hotline's calendar (China), so times are shown in Beijing time whatever the browser's zone.
const beijing = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

export const localTime = iso => (iso ? beijing.format(new Date(iso)) : '—');
