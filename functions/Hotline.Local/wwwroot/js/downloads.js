// Print views and exports (CSV, XLSX) of the forms. The API wants the X-Api-Key header, which a plain link cannot send:
// the link keeps its real URL (to copy, or open with a key-carrying client), and a click fetches the file with the key,
// then opens the print page in a new tab or saves the download. A refusal (403, 404) is shown, in Chinese, where the link is.
import { ApiError } from './api.js';
import { h, show } from './dom.js';
import { showProblem } from './problems.js';
import { session } from './session.js';

const FORMAT_TEXT = { html: '打印', csv: 'CSV', xlsx: 'Excel' };

/** Links to one form in its three formats: url(format) gives each URL, name the download's file name without extension. */
export function formLinks(code, title, url, name, box) {
  return h('span', { class: 'form-links', 'data-form': code },
    h('span', { class: 'form-title' }, title),
    ['html', 'csv', 'xlsx'].map(format => h('a', {
      href: url(format), 'data-format': format, class: 'chip',
      onclick: event => { event.preventDefault(); fetchForm(url(format), format, `${name}.${format}`, box); },
    }, FORMAT_TEXT[format])));
}

async function fetchForm(url, format, fileName, box) {
  // Opened at once (inside the click) so that the pop-up blocker lets it through; filled when the page arrives.
  const tab = format === 'html' ? window.open('', '_blank') : null;
  try {
    const response = await fetch(url, { headers: { 'X-Api-Key': session.key ?? '' } });
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      throw new ApiError(response.status, problem ?? { title: `HTTP ${response.status}` });
    }

    const blobUrl = URL.createObjectURL(await response.blob());
    if (tab) tab.location.href = blobUrl;
    else h('a', { href: blobUrl, download: fileName }).click();
    setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000);
  } catch (error) {
    tab?.close();
    if (!box) throw error;
    if (error.status === 404) show(box, h('strong', null, '此表单暂不可用（服务器未提供） '), h('small', { class: 'en' }, `404 ${url}`)).hidden = false;
    else showProblem(box, error.status ? error : new ApiError(0, { title: '下载失败', detail: String(error.message) }));
  }
}
