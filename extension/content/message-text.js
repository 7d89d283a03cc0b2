"use strict";

// The text of a message element as a reader sees it (whitespace collapsed, a line per block), with
// where each character comes from, so that the service's offsets can be turned back into DOM ranges.
// innerText would give the text but not the way back.

function isBlockElement(tagName) {
  return /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|CENTER|DD|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TBODY|TD|TH|THEAD|TR|UL)$/.test(tagName);
}

function isInvisibleElement(element) {
  return /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|HEAD|TITLE|svg)$/.test(element.tagName) || element.hasAttribute("data-amane-warning");
}

// Returns {text, pieces}: each piece is {node, start, offsets}, where text[start + i] comes from
// node.data[offsets[i]] (offsets count UTF-16 units, like every JavaScript string).
function readMessageText(root) {
  let text = "";
  const pieces = [];

  const endLine = () => {
    if (text && !text.endsWith("\n")) text += "\n";
  };

  const appendTextNode = (node) => {
    const offsets = [];
    let added = "";
    for (let i = 0; i < node.data.length; i++) {
      const char = node.data[i];
      if (/\s/.test(char)) {
        const previous = added ? added[added.length - 1] : text[text.length - 1];
        if (previous === undefined || /\s/.test(previous)) continue;
        added += " ";
      } else {
        added += char;
      }
      offsets.push(i);
    }
    if (added) {
      pieces.push({ node, start: text.length, offsets });
      text += added;
    }
  };

  const walk = (element) => {
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        appendTextNode(child);
      } else if (child.nodeType === Node.ELEMENT_NODE && !isInvisibleElement(child)) {
        if (child.tagName === "BR") {
          text += "\n";
          continue;
        }
        const block = isBlockElement(child.tagName);
        if (block) endLine();
        walk(child);
        if (block) endLine();
      }
    }
  };

  walk(root);
  return { text: text.trimEnd(), pieces };
}

// The service counts Unicode code points (Python str indices); DOM ranges count UTF-16 units.
function codePointToUtf16(text, codePointIndex) {
  let units = 0;
  let points = 0;
  while (points < codePointIndex && units < text.length) {
    units += text.codePointAt(units) > 0xffff ? 2 : 1;
    points += 1;
  }
  return units;
}

// A DOM Range over text[start, end) (UTF-16 units), or null when the span is not in the pieces.
function rangeOfText(pieces, start, end) {
  const pieceAt = (index) => pieces.find((piece) => index >= piece.start && index < piece.start + piece.offsets.length);
  const first = pieceAt(start);
  const last = pieceAt(end - 1);
  if (!first || !last || end <= start) return null;
  const range = document.createRange();
  range.setStart(first.node, first.offsets[start - first.start]);
  range.setEnd(last.node, last.offsets[end - 1 - last.start] + 1);
  return range;
}
