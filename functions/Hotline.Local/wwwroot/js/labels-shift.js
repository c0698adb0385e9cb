// Chinese labels and flags for the shift views (my queue, search, counts): what waits for the viewer, and which cases
// must stand out. Marked with an icon and words as well as colour, so that nobody depends on colour alone. No DOM.

/** What awaits the viewer on a case (CaseSummaryView.awaiting); an unknown code is shown as it is. */
export const AWAITING = {
  // One per AwaitedStep the server sends (Domain Cases/CaseAwaiting.cs); a test holds the two lists together.
  acknowledge: '待接单', confirm: '待回复“收到”', instruct: '待批示', route: '待指定部门', 'assign-department': '待指派部门',
  complete: '待完成处理', 'stage-revisit': '待阶段回访', 'second-revisit': '待二次回访', 'slip-copy': '待交回服务单副本',
  revisit: '待回访', 'approve-closure': '待批准结案', 'approve-forced-closure': '待批准强制结案', 'report-upstream': '待上报上级',
};

/**
 * The marks a case summary gets: emergency, past its deadline, near it. Each has a class (colour), an icon and a text
 * (for screen readers and for the colour-blind).
 */
export function urgencyFlags(item) {
  const flags = [];
  if (item.urgency === 'emergency') flags.push({ cls: 'flag-emergency', icon: '⚠', text: '紧急' });
  else if (item.urgency === 'major') flags.push({ cls: 'flag-major', icon: '!', text: '重大' });
  if (item.overdue) flags.push({ cls: 'flag-overdue', icon: '⏰', text: '已逾期' });
  else if (item.nearDeadline) flags.push({ cls: 'flag-near', icon: '⏳', text: '临近时限' });
  return flags;
}

/** The deadline the list sorts by: the next one the server knows, else the handling deadline; none sorts last. */
export const dueOf = item => item.nextDueUtc ?? item.handlingDueUtc ?? null;

/** Emergencies first, then the earliest deadline (the queue's order, also used when a server sends another order). */
export function byUrgencyThenDeadline(a, b) {
  const e = (b.urgency === 'emergency') - (a.urgency === 'emergency');
  if (e) return e;
  const da = Date.parse(dueOf(a) ?? '') || Infinity;
  const db = Date.parse(dueOf(b) ?? '') || Infinity;
  return da === db ? 0 : da < db ? -1 : 1;
}
