// JS-level tests of the console's DOM-free shift modules (run by ConsoleModuleTests through `node --test`): the Chinese
// messages for the server's field reasons and rule ids, and the marks and order of the queue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldZh, ruleZh, zhReason } from '../../../../functions/Hotline.Local/wwwroot/js/messages.js';
import { AWAITING, byUrgencyThenDeadline, dueOf, urgencyFlags } from '../../../../functions/Hotline.Local/wwwroot/js/labels-shift.js';

test('field reasons become Chinese sentences naming the field', () => {
  assert.equal(zhReason('caller.name', 'Required.'), '请填写来电人姓名');
  assert.equal(zhReason('category', "Required; one of: repair, other.", { select: true }), '请选择类别');
  assert.equal(zhReason('caller.phone', 'a phone number is required'), '请填写电话');
  assert.equal(zhReason('caller.phone', "'12' is not a phone number: 2 digits"), '电话号码格式不对：手机号 11 位，固定电话请带区号，如 139 1234 5678 或 010-12345678');
  assert.equal(zhReason('summary', 'At most 500 characters (got 612).'), '诉求摘要最多 500 个字');
  assert.match(zhReason('phone', 'This number already belongs to staff member agent1; a phone belongs to one staff member.'), /^该号码已属于员工 agent1：/);
  assert.equal(zhReason('roles[1]', "'boss' is not one of: agent, admin."), '角色的取值无效，请从列表中选择');
});

test('an unknown reason still names the field in Chinese; an unknown field keeps its code', () => {
  assert.equal(zhReason('upstream.area', 'Something new the server says.'), '区域有误');
  assert.equal(fieldZh('brandNewField'), 'brandNewField');
});

test('a rule refusal is said in Chinese with its rule id', () => {
  assert.equal(ruleZh('R-CL-6'), '不符合规则 R-CL-6：未处理完不得结案');
  assert.equal(ruleZh('R-XX-99'), '不符合规则 R-XX-99');
});

test('emergencies and deadlines are marked with an icon and words, not colour alone', () => {
  assert.deepEqual(urgencyFlags({ urgency: 'emergency', overdue: true }).map(f => `${f.icon} ${f.text}`), ['⚠ 紧急', '⏰ 已逾期']);
  assert.deepEqual(urgencyFlags({ urgency: 'normal', overdue: false, nearDeadline: true }).map(f => f.text), ['临近时限']);
  assert.deepEqual(urgencyFlags({ urgency: 'normal', overdue: false }), []);
  assert.equal(AWAITING.acknowledge, '待接单');
});

test('the queue puts emergencies first, then the earliest deadline, cases without one last', () => {
  const cases = [
    { id: 'late', urgency: 'normal', handlingDueUtc: '2026-11-24T10:00:00+00:00' },
    { id: 'none', urgency: 'normal' },
    { id: 'soon', urgency: 'normal', nextDueUtc: '2026-11-20T08:00:00Z', handlingDueUtc: '2026-11-30T10:00:00Z' },
    { id: 'fire', urgency: 'emergency', handlingDueUtc: '2026-11-25T10:00:00Z' },
  ];
  assert.deepEqual(cases.sort(byUrgencyThenDeadline).map(c => c.id), ['fire', 'soon', 'late', 'none']);
  assert.equal(dueOf({ handlingDueUtc: 'x' }), 'x');
});
