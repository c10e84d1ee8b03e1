// DOM building for the UI. Every piece of article or user text goes in as a text node, so markup in
// an article ("<script>", "onerror=", "javascript:") shows as the characters it is.
const SVG_NS = 'http://www.w3.org/2000/svg';

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attrs);
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(child == null ? '' : String(child)));
  }
  return node;
}

export function svgEl(tag, attrs = {}) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attrs);
  return node;
}

function setAttributes(node, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value != null) node.setAttribute(name, String(value));
  }
}

// A link only for http(s) addresses; anything else (javascript:, data:) is shown as plain text.
export function safeLink(url) {
  const text = document.createTextNode(url == null ? '' : String(url));
  if (!/^https?:\/\//i.test(url || '')) return text;
  const a = el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' });
  a.append(text);
  return a;
}

export function setText(node, text) {
  node.textContent = text == null ? '' : String(text);
}
