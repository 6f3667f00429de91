/** Files for the demo's file-layer tests, made in memory. */
import { ChosenFile } from "../../demo/files/open-file";

/** A chosen file from bytes or text (text is written as UTF-8). */
export function fileOf(name: string, content: Uint8Array | string | Blob): ChosenFile {
  return {
    name,
    size: content instanceof Blob ? content.size : typeof content === "string" ? Buffer.byteLength(content, "utf8") : content.length,
    async arrayBuffer() {
      if (content instanceof Blob) return content.arrayBuffer();
      const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    },
  };
}

/** Bytes from a list of numbers and strings (each string as Windows-1252 / Latin-1 bytes). */
export function bytesOf(...parts: (number[] | string)[]): Uint8Array {
  const bytes: number[] = [];
  for (const part of parts) {
    if (typeof part === "string") for (const character of part) bytes.push(character === "£" ? 0xa3 : character.charCodeAt(0));
    else bytes.push(...part);
  }
  return new Uint8Array(bytes);
}
