'use strict';
// The emulator page: a DingTalk-like group chat whose server side talks to the bot as DingTalk does.

const state = {
  people: [],
  speaker: null,
  active: 'group',          // 'group' or 'private' (the speaker's own chat with the bot)
  entries: [],
  lastSeq: 0,
  unread: { group: 0, private: 0 },
  botName: '党建助手',
  waiting: null,            // the chat whose message the bot is answering, while it answers
  year: new Date().getFullYear(),
  zone: 'Asia/Shanghai',
};

const $ = (id) => document.getElementById(id);

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function person(staffId) {
  return state.people.find((p) => p.staffId === staffId);
}

function initials(name) {
  const clean = String(name || '').replace(/\s+/g, '');
  return clean.length <= 2 ? clean : clean.slice(-2);
}

function avatarColor(staffId) {
  const colors = ['#5b8ff9', '#5ad8a6', '#f6903d', '#9270ca', '#1e9493', '#e8684a'];
  let hash = 0;
  for (const ch of String(staffId)) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return colors[hash % colors.length];
}

function safeUrl(url) {
  return /^(https?:|\/|dingtalk:|dtmd:)/i.test(url);
}

// DingTalk's tap-to-reply link (dtmd://dingtalkclient/sendMessage?content=…): tapping it sends its content into the
// same chat as if typed; null for any other link.
function tapToReply(url) {
  const m = String(url).match(/^dtmd:\/\/dingtalkclient\/sendMessage\?(.*)$/i);
  if (!m) return null;
  return new URLSearchParams(m[1]).get('content');
}

// The bot's Markdown (DingTalk's subset: headings, bold, links, images, lists, quotes) as DOM nodes. Member text ends
// up in it (a topic, a nickname), so nothing of it is ever parsed as HTML: text goes in as text nodes, and the only
// values taken from it, a link's or an image's URL, are set as DOM properties after safeUrl. A link written inside an
// image's alt is alt text, not a link: nothing is matched twice.
const INLINE = /!\[([^\]]*)\]\(([^)\s]+)\)|\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|`([^`]+)`/g;

function appendInline(parent, text) {
  let at = 0;
  for (const m of String(text).matchAll(INLINE)) {
    appendMentions(parent, text.slice(at, m.index));
    at = m.index + m[0].length;
    if (m[2] !== undefined) {
      if (!safeUrl(m[2])) { appendMentions(parent, m[0]); continue; }
      const img = document.createElement('img');
      img.alt = m[1];
      img.src = m[2];
      parent.append(img);
    } else if (m[4] !== undefined) {
      if (!safeUrl(m[4])) { appendMentions(parent, m[0]); continue; }
      const a = document.createElement('a');
      a.href = m[4];
      const reply = tapToReply(m[4]);
      if (reply !== null) {
        a.className = 'tap-reply';
        a.dataset.content = reply;
      } else {
        a.target = '_blank';
        a.rel = 'noopener';
      }
      appendInline(a, m[3]);
      parent.append(a);
    } else if (m[5] !== undefined) {
      parent.append(element('strong', m[5]));
    } else if (m[6] !== undefined) {
      parent.append(element('em', m[6]));
    } else {
      const code = document.createElement('code');
      code.textContent = m[7];
      parent.append(code);
    }
  }
  appendMentions(parent, text.slice(at));
}

function element(tag, inline) {
  const node = document.createElement(tag);
  appendInline(node, inline);
  return node;
}

// "@staffId" or "@名字" becomes a mention chip "@名字", as DingTalk shows it; the rest stays plain text.
function appendMentions(parent, text) {
  const byToken = new Map([[state.botName, { nick: state.botName, staffId: 'bot' }]]);
  for (const p of state.people) {
    byToken.set(p.staffId, p);
    byToken.set(p.nick, p);
  }
  const tokens = [...byToken.keys()].sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  let at = 0;
  for (const m of String(text).matchAll(new RegExp('@(' + tokens.join('|') + ')(?![A-Za-z0-9_])', 'g'))) {
    parent.append(document.createTextNode(text.slice(at, m.index)));
    const p = byToken.get(m[1]);
    const chip = document.createElement('span');
    chip.className = 'mention';
    chip.dataset.staffId = p.staffId;
    chip.textContent = '@' + p.nick;
    parent.append(chip);
    at = m.index + m[0].length;
  }
  parent.append(document.createTextNode(text.slice(at)));
}

function markdownNodes(text) {
  const out = document.createDocumentFragment();
  let block = null;      // the open <ul>, <ol> or paragraph <p>
  const close = () => { block = null; };
  const open = (tag) => {
    if (!block || block.tagName !== tag.toUpperCase()) {
      block = document.createElement(tag);
      out.append(block);
    }
    return block;
  };
  for (const raw of String(text).replace(/\r\n/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    let m;
    if (!line.trim()) {
      close();
    } else if ((m = line.match(/^(#{1,6})\s+(.*)$/))) {
      close();
      out.append(element('h' + m[1].length, m[2]));
    } else if ((m = line.match(/^\s*[-*+]\s+(.*)$/))) {
      open('ul').append(element('li', m[1]));
    } else if ((m = line.match(/^\s*\d+[.、]\s+(.*)$/))) {
      open('ol').append(element('li', m[1]));
    } else if ((m = line.match(/^>\s?(.*)$/))) {
      close();
      out.append(element('blockquote', m[1]));
    } else {
      const p = open('p');
      if (p.childNodes.length) p.append(document.createElement('br'));
      appendInline(p, line);
    }
  }
  return out;
}

function formatSize(bytes) {
  if (bytes < 1024) return bytes + ' B';
  if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + ' KB';
  return (bytes / 1024 / 1024).toFixed(1) + ' MB';
}

function timeOf(instant) {
  const d = new Date(instant);
  // in the bot's zone, as every date the bot reasons about, whatever the browser's
  return d.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: state.zone });
}

function chatOf(entry) {
  if (entry.chat === 'group') return 'group';
  if (state.speaker && entry.chat === 'user:' + state.speaker.staffId) return 'private';
  return null;
}

function mentionsMe(entry) {
  if (!state.speaker || entry.from === state.speaker.staffId) return false;
  const id = state.speaker.staffId;
  return entry.mentions.includes(id) || new RegExp('@' + id + '(?![\\w])').test(String(entry.text));
}

function entryHtml(entry) {
  if (entry.kind === 'NOTICE') {
    return `<div class="notice" data-seq="${entry.seq}" data-kind="notice">${escapeHtml(entry.text)}</div>`;
  }
  const bot = entry.from === 'bot';
  const mine = state.speaker && entry.from === state.speaker.staffId;
  const who = bot ? null : person(entry.from);
  const nick = bot ? state.botName : (entry.fromNick || entry.from);
  const avatar = bot
    ? '<span class="avatar avatar-bot">助</span>'
    : `<span class="avatar" style="background:${avatarColor(entry.from)}">${escapeHtml(initials(nick))}</span>`;
  const tag = bot ? '<span class="tag bot">机器人</span>' : (who ? `<span class="tag">${escapeHtml(who.title)}</span>` : '');
  const via = entry.via ? `<span class="via">· ${escapeHtml(entry.via)}</span>` : '';

  let content;
  if (entry.kind === 'FILE') {
    const f = entry.file;
    const href = '/emulator/media/' + encodeURIComponent(f.mediaId);
    const word = /\.docx?$/i.test(f.name);
    content = `<div class="file-card" data-file-name="${escapeHtml(f.name)}">
        <span class="file-icon">${word ? 'W' : '文'}</span>
        <span class="file-info"><div class="file-name">${escapeHtml(f.name)}</div>
        <div class="file-size">${formatSize(f.size)}${word ? ' · Word 文档' : ''}</div></span>
        <a class="download" href="${href}" download="${escapeHtml(f.name)}">下载</a></div>`;
  } else if (entry.kind === 'MARKDOWN') {
    content = `<div class="bubble markdown" data-fill="${entry.seq}">${extraMentions(entry)}</div>`;
  } else {
    content = `<div class="bubble" data-fill="${entry.seq}">${extraMentions(entry)}</div>`;
  }
  const classes = ['msg', mine ? 'mine' : '', mentionsMe(entry) ? 'at-me' : ''].join(' ').trim();
  return `<div class="${classes}" data-seq="${entry.seq}" data-from="${bot ? 'bot' : escapeHtml(entry.from)}" data-kind="${entry.kind.toLowerCase()}">
      ${avatar}
      <div class="body">
        <div class="meta"><span class="nick">${escapeHtml(nick)}</span>${tag}${via}<time>${timeOf(entry.at)}</time></div>
        ${content}
      </div>
    </div>`;
}

// DingTalk shows an @ for everyone in at.atUserIds, also when the text does not name them.
function extraMentions(entry) {
  const named = entry.mentions.filter((id) => !String(entry.text).includes('@' + id));
  if (!named.length) return '';
  return ' ' + named.map((id) => {
    const p = person(id);
    return `<span class="mention" data-staff-id="${escapeHtml(id)}">@${escapeHtml(p ? p.nick : id)}</span>`;
  }).join(' ');
}

function render() {
  const box = $('messages');
  const shown = state.entries.filter((e) => chatOf(e) === state.active);
  if (!shown.length) {
    box.innerHTML = state.active === 'group'
      ? `<div class="empty">这里是「${escapeHtml($('group-name').textContent)}」群。<br>在下方输入消息，即以所选身份 @${escapeHtml(state.botName)}；`
        + `取消 @ 的消息机器人收不到，与钉钉一样。</div>`
      : `<div class="empty">与${escapeHtml(state.botName)}的单聊。<br>机器人单独发给你的提醒也会出现在这里。</div>`;
  } else {
    box.innerHTML = shown.map(entryHtml).join('');
    // what people and the bot wrote goes in as DOM nodes, never through innerHTML
    for (const bubble of box.querySelectorAll('[data-fill]')) {
      const entry = shown.find((e) => String(e.seq) === bubble.dataset.fill);
      const body = document.createDocumentFragment();
      if (entry.kind === 'MARKDOWN') body.append(markdownNodes(entry.text));
      else appendMentions(body, String(entry.text));
      bubble.prepend(body);
    }
  }
  if (state.waiting === state.active) {
    box.insertAdjacentHTML('beforeend', `<div class="msg typing" aria-hidden="true"><span class="avatar avatar-bot">助</span>
      <div class="body"><div class="bubble"><span class="dot"></span><span class="dot"></span><span class="dot"></span></div></div></div>`);
  }
  box.scrollTop = box.scrollHeight;
  renderChats();
}

function renderChats() {
  $('at-prefix').hidden = state.active !== 'group';
  for (const chat of ['group', 'private']) {
    const item = document.querySelector(`.chat[data-chat="${chat}"]`);
    item.classList.toggle('active', chat === state.active);
    const badge = $('unread-' + chat);
    badge.hidden = state.unread[chat] === 0;
    badge.textContent = state.unread[chat];
    const last = [...state.entries].reverse().find((e) => chatOf(e) === chat);
    const preview = $('preview-' + chat);
    if (last) {
      const who = last.from === 'bot' ? state.botName : (last.fromNick || last.from);
      const text = last.kind === 'FILE' ? '[文件] ' + last.file.name : (last.kind === 'MARKDOWN' ? last.title || last.text : last.text);
      const atMe = state.unread[chat] && state.entries.some((e) => chatOf(e) === chat && mentionsMe(e)) ? '<span class="at-me">[有人@我]</span> ' : '';
      preview.innerHTML = atMe + escapeHtml(who + '：' + String(text).replace(/\s+/g, ' '));
    } else {
      preview.textContent = chat === 'group' ? '群聊' : '单聊';
    }
  }
  $('conv-title').textContent = state.active === 'group' ? $('group-name').textContent : state.botName;
  $('conv-sub').textContent = state.active === 'group'
    ? `${state.people.length} 位成员 · ${state.botName}（机器人） · 在群里 @${state.botName} 的消息会发给机器人`
    : `以 ${state.speaker ? state.speaker.nick : ''} 的身份与机器人单聊`;
  $('at-prefix').hidden = state.active !== 'group';
}

async function poll() {
  try {
    const response = await fetch('/emulator/api/messages?after=' + state.lastSeq);
    if (!response.ok) return;
    const fresh = await response.json();
    if (!fresh.length) return;
    for (const entry of fresh) {
      state.entries.push(entry);
      state.lastSeq = Math.max(state.lastSeq, entry.seq);
      const chat = chatOf(entry);
      if (chat && chat !== state.active && entry.from !== (state.speaker && state.speaker.staffId)) {
        state.unread[chat] += 1;
      }
    }
    render();
  } catch (e) {
    // the bot is restarting; the next poll catches up
  }
}

// What each kind of DingTalk message the composer can send asks of the text box.
const KINDS = {
  text: '输入消息，Enter 发送，Shift+Enter 换行',
  audio: '输入这条语音由钉钉识别出的文字，Enter 发送',
  richText: '输入文字，发送时附带一张图片',
  picture: '只发送一张图片，文字可不填（📎 选择图片，不选则为示例照片）',
  file: '发送 📎 所选的文件（PDF、Word、Excel、图片）',
};

// In the group, a message reaches the bot only when it @-mentions it: the @ button, or text that begins with the @.
function mentioning() {
  return $('at-prefix').getAttribute('aria-pressed') === 'true';
}

// The file chosen with 📎, as the emulator's API takes it: its name and its bytes in Base64.
async function attachment() {
  const input = $('attachment');
  if (!input || !input.files || !input.files.length) return {};
  const file = input.files[0];
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  input.value = '';
  return { fileName: file.name, fileContent: btoa(binary) };
}

async function send(text, kind = $('msgtype').value, mention = mentioning()) {
  const body = { speaker: state.speaker.staffId, chat: state.active, text, kind, mention, ...(await attachment()) };
  $('send').disabled = true;
  state.waiting = state.active;
  render();
  try {
    const response = await fetch('/emulator/api/messages', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      alert(problem.error || '发送失败');
    }
  } finally {
    $('send').disabled = false;
    state.waiting = null;
    await poll();
    render();
  }
}

function fillExamples() {
  const examples = [
    ['帮助', null],
    ['主题党日 已开展', null],
    ['今天召开支委会，7人参加', null],
    ['昨天讲党课，主题《牢记初心使命》，18人参加', null],
    ['收缴3月党费3200元', null],
    ['本月进度', null],
    ['全年进度', null],
    ['撤销', null],
    [`生成${state.year}年度述职报告`, '书记'],
  ];
  $('examples').innerHTML = examples.map(([text, who]) =>
    `<li><button type="button" data-text="${escapeHtml(text)}">${escapeHtml(text)}${who ? `<span class="who">${who}</span>` : ''}</button></li>`).join('');
  $('examples').addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    $('input').value = button.dataset.text;
    $('input').focus();
  });
}

async function start() {
  const response = await fetch('/emulator/api/state');
  const s = await response.json();
  state.people = s.people;
  state.botName = s.botName;
  state.year = s.year || state.year;
  state.zone = s.zone || state.zone;
  $('group-name').textContent = s.groupTitle;
  document.querySelectorAll('.at-prefix').forEach((e) => { e.textContent = '@' + s.botName; });

  $('speaker').innerHTML = s.people.map((p) =>
    `<option value="${escapeHtml(p.staffId)}">${escapeHtml(p.nick)}（${escapeHtml(p.title)}）</option>`).join('');
  state.speaker = s.people[0];
  $('people').innerHTML = s.people.map((p) =>
    `<li><span class="avatar" style="background:${avatarColor(p.staffId)}">${escapeHtml(initials(p.nick))}</span>${escapeHtml(p.nick)}<span class="title">${escapeHtml(p.title)}</span></li>`).join('')
    + `<li><span class="avatar avatar-bot">助</span>${escapeHtml(s.botName)}<span class="title">机器人</span></li>`;
  fillExamples();

  $('speaker').addEventListener('change', () => {
    state.speaker = person($('speaker').value);
    state.unread.private = 0;
    render();
  });
  document.querySelectorAll('.chat').forEach((item) => item.addEventListener('click', () => {
    state.active = item.dataset.chat;
    state.unread[state.active] = 0;
    render();
  }));
  $('composer').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('input').value.trim();
    const alone = $('msgtype').value === 'picture' || $('msgtype').value === 'file';
    if ((!text && !alone) || $('send').disabled) return;
    $('input').value = '';
    send(text);
  });
  $('msgtype').addEventListener('change', () => {
    $('input').placeholder = KINDS[$('msgtype').value];
    $('input').focus();
  });
  $('at-prefix').addEventListener('click', () => {
    $('at-prefix').setAttribute('aria-pressed', String(!mentioning()));
    $('input').focus();
  });
  // a tapped link sends its content as typed: in the group it reaches the bot only if the content @-mentions it
  $('messages').addEventListener('click', (event) => {
    const link = event.target.closest('a.tap-reply');
    if (!link) return;
    event.preventDefault();
    if (!$('send').disabled) send(link.dataset.content, 'text', false);
  });
  $('input').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $('composer').requestSubmit();
    }
  });
  $('remind-monthly').addEventListener('click', async () => {
    const button = $('remind-monthly');
    button.disabled = true;
    try {
      await fetch('/emulator/api/reminders/monthly', { method: 'POST' });
    } finally {
      button.disabled = false;
      await poll();
    }
  });
  $('clear').addEventListener('click', async () => {
    await fetch('/emulator/api/clear', { method: 'POST' });
    state.entries = [];
    state.unread = { group: 0, private: 0 };
    render();
  });

  render();
  await poll();
  setInterval(poll, 1000);
}

start();
