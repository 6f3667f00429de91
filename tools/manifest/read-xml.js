/**
 * A small reader for the elements, attributes and text an Office add-in XML manifest holds
 * (comments, processing instructions and CDATA are allowed; a DOCTYPE is not), for the offline
 * checks of tools/validate-manifest.js.
 */
// ---------------------------------------------------------------------------------------------
// Reading the XML: a small reader for the elements, attributes and text a manifest holds
// (comments, processing instructions and CDATA are allowed; a DOCTYPE is not).
// ---------------------------------------------------------------------------------------------

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name) => {
    if (name[0] === "#") return String.fromCodePoint(name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** The root element of an XML document: { name, local, attrs, children, text, line }. Throws on malformed XML. */
function parseXml(xml) {
  const lineStarts = [0];
  for (let i = 0; i < xml.length; i++) if (xml[i] === "\n") lineStarts.push(i + 1);
  const lineAt = (index) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const document = { name: "#document", children: [], text: "" };
  const stack = [document];
  const startTag = /<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
  let i = 0;
  const fail = (index, what) => {
    throw new Error(`line ${lineAt(index)}: ${what}`);
  };
  while (i < xml.length) {
    const open = xml.indexOf("<", i);
    const textEnd = open < 0 ? xml.length : open;
    if (textEnd > i) {
      const text = xml.slice(i, textEnd);
      if (stack.length === 1 && text.trim() !== "") fail(i, "text outside the root element");
      stack[stack.length - 1].text += decodeEntities(text);
    }
    if (open < 0) break;
    if (xml.startsWith("<!--", open)) {
      const end = xml.indexOf("-->", open + 4);
      if (end < 0) fail(open, "a comment is not closed");
      i = end + 3;
    } else if (xml.startsWith("<![CDATA[", open)) {
      const end = xml.indexOf("]]>", open);
      if (end < 0) fail(open, "a CDATA section is not closed");
      stack[stack.length - 1].text += xml.slice(open + 9, end);
      i = end + 3;
    } else if (xml.startsWith("<?", open)) {
      const end = xml.indexOf("?>", open);
      if (end < 0) fail(open, "a processing instruction is not closed");
      i = end + 2;
    } else if (xml.startsWith("<!", open)) {
      fail(open, "a DOCTYPE or other declaration is not allowed in a manifest");
    } else if (xml.startsWith("</", open)) {
      const end = xml.indexOf(">", open);
      if (end < 0) fail(open, "an end tag is not closed");
      const name = xml.slice(open + 2, end).trim();
      const element = stack.pop();
      if (stack.length === 0 || element.name !== name) fail(open, `</${name}> does not close <${element.name}>`);
      i = end + 1;
    } else {
      startTag.lastIndex = open;
      const match = startTag.exec(xml);
      if (!match) fail(open, "a start tag is malformed");
      const attrs = {};
      for (const attribute of match[2].matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (attribute[1] in attrs) fail(open, `attribute ${attribute[1]} appears twice`);
        attrs[attribute[1]] = decodeEntities(attribute[2] ?? attribute[3]);
      }
      const element = { name: match[1], local: match[1].replace(/^.*:/, ""), attrs, children: [], text: "", line: lineAt(open) };
      if (stack.length === 1 && document.children.length > 0) fail(open, "a second root element");
      stack[stack.length - 1].children.push(element);
      if (!match[3]) stack.push(element);
      i = startTag.lastIndex;
    }
  }
  if (stack.length > 1) throw new Error(`<${stack[stack.length - 1].name}> (line ${stack[stack.length - 1].line}) is not closed`);
  if (document.children.length === 0) throw new Error("no root element");
  return document.children[0];
}

// ---------------------------------------------------------------------------------------------
// Value formats (OfficeAppBasicTypesV1_0.xsd and OfficeAppManifestV1_1.xsd simple types).
// ---------------------------------------------------------------------------------------------

module.exports = { parseXml, decodeEntities };
