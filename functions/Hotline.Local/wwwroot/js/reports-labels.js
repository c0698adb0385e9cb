// Chinese names for the reports screen: the KPIs of R-RP-2, the revisit form's service areas (R-RV-4), report statuses.

/** The KPIs a KpiReport carries, in the order the tiles show them. 三率 = 及时率、回访率、满意率. */
export const KPIS = [
  ['feedbackTimeliness', '反馈及时率', 'feedback timeliness'],
  ['revisitRate', '回访率', 'revisit rate'],
  ['satisfaction', '满意率 (A+B)/回收', 'satisfaction'],
  ['closureRate', '结案率', 'closure rate'],
];

/** ServiceAreas.cs: code → letter and name on the revisit form. */
export const SERVICE_AREA = {
  ServiceAndComplaints: 'A 服务、投诉处理', Equipment: 'B 设备管理', BuildingMaintenance: 'C 房屋维修保养', Security: 'D 安全保卫',
  FireAndDisasterPrevention: 'E 消防、防灾', Cleaning: 'F 清洁卫生', GreeningAndEnvironment: 'G 绿化、环境保护', Parking: 'H 停车场管理',
  ClubhouseAndAmenities: 'I 会所及经营娱乐设施', StaffEfficiency: 'J 员工工作效率', StaffAttitude: 'K 员工服务态度',
  ManagerConduct: 'L 管理人员文明程度、应变能力', Overall: 'M 综合评议', Other: 'N 其他',
};

export const SUBMISSION_STATUS = { generated: '已生成，待审核', returned: '已退回', reviewed: '已审核，待审批', approved: '已审批', submitted: '已上报' };

export const PERIOD_KINDS = [['day', '日报'], ['week', '周报'], ['month', '月报']];

/** 12.5 → "12.5%"; a KPI with nothing to measure shows a dash, never 0% or 100%. */
export const percent = value => (value?.percent == null ? '—' : `${value.percent}%`);

/** "3/4" under a percentage, so the figure can be checked by hand. */
export const ratio = value => `${value?.numerator ?? 0}/${value?.denominator ?? 0}`;
