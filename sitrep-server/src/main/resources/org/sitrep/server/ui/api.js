// Calls to the sitrep HTTP API (docs/API.md). The token, when given, goes in an Authorization header.
let token = '';

export function setToken(value) {
  token = value || '';
}

function headers(extra = {}) {
  return token ? { ...extra, Authorization: 'Bearer ' + token } : extra;
}

async function answer(response) {
  const body = await response.json().catch(() => ({ code: 'HTTP' + response.status, message: response.statusText }));
  if (!response.ok && body.code) throw new Error(body.code + ': ' + body.message);
  return body;
}

export async function getJson(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v != null));
  const url = query.toString() ? path + '?' + query : path;
  return answer(await fetch(url, { headers: headers() }));
}

export async function postArticle(body, contentType) {
  return answer(await fetch('/api/articles', { method: 'POST', body, headers: headers({ 'Content-Type': contentType }) }));
}
