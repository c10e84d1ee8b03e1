// The "paste an article" box: POSTs the text to /api/articles with the token and lists the events
// that came back (as text).
import { postArticle, setToken } from './api.js';
import { el } from './dom.js';

function eventLine(e) {
  const where = e.location?.name || e.from?.name || '?';
  return el('li', {}, e.type + ' — ' + (e.actor?.name || e.actor?.text || '?') + ' — ' + where + ' — ' + (e.date?.value || '?'));
}

function articleBlock(a) {
  return el('div', {}, el('h3', {}, (a.title || a.id) + ' (' + a.admission + ', ' + a.events.length + ' events)'),
    el('ul', {}, ...a.events.map(eventLine)));
}

export function setUpPaste(form, output, onStored) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    setToken(data.get('token'));
    output.replaceChildren(el('p', { class: 'hint' }, 'Extracting…'));
    try {
      const answer = await postArticle(data.get('body'), data.get('format'));
      output.replaceChildren(...answer.articles.map(articleBlock),
        ...answer.failures.map(f => el('p', { class: 'error' }, f.message)));
      onStored();
    } catch (error) {
      output.replaceChildren(el('p', { class: 'error' }, error.message));
    }
  });
}
