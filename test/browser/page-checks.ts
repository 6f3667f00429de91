/**
 * Checks run inside the page: text contrast (WCAG 2 relative luminance) and accessible names of
 * controls. Kept as plain functions passed to page.evaluate.
 */
import { Page } from "playwright-core";

/** Every visible text element under `selector` whose contrast is below `minimum`, with its ratio. */
export function lowContrast(page: Page, selector: string, minimum = 4.5): Promise<string[]> {
  return page.evaluate(
    ({ selector, minimum }) => {
      const parse = (colour: string): number[] | undefined => {
        const match = /rgba?\(([^)]+)\)/.exec(colour);
        if (!match) return undefined;
        const parts = match[1].split(/[ ,/]+/).filter(Boolean).map(Number);
        return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
      };
      const luminance = ([r, g, b]: number[]) => {
        const channel = (v: number) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const background = (element: Element | null): number[] => {
        for (let node = element; node; node = node.parentElement) {
          const colour = parse(getComputedStyle(node).backgroundColor);
          if (colour && colour[3] > 0) return colour;
        }
        return [255, 255, 255, 1];
      };
      const failures: string[] = [];
      const root = document.querySelector(selector);
      if (!root) return [`${selector} not found`];
      for (const element of Array.from(root.querySelectorAll("*"))) {
        const hasText = Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? "").trim() !== "");
        if (!hasText) continue;
        const box = (element as HTMLElement).getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const foreground = parse(getComputedStyle(element).color);
        if (!foreground) continue;
        const back = background(element);
        const [l1, l2] = [luminance(foreground), luminance(back)].sort((a, b) => b - a);
        const ratio = (l1 + 0.05) / (l2 + 0.05);
        if (ratio < minimum) failures.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 40)}": ${ratio.toFixed(2)}`);
      }
      return failures;
    },
    { selector, minimum },
  );
}

/** Every control under `selector` without an accessible name (label, aria-label, labelledby or text). */
export function unnamedControls(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return [`${selector} not found`];
    const missing: string[] = [];
    for (const element of Array.from(root.querySelectorAll("button, input, select, textarea, summary, [role=img], [tabindex], progress, a[href]"))) {
      const html = element as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> | null };
      const labelledBy = (element.getAttribute("aria-labelledby") ?? "")
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" ");
      const labels = html.labels ? Array.from(html.labels).map((label) => label.textContent ?? "").join(" ") : "";
      const ownText = /^(BUTTON|SUMMARY|A|H[1-6])$/.test(element.tagName) ? element.textContent ?? "" : "";
      const name = [element.getAttribute("aria-label") ?? "", labelledBy, labels, ownText].join(" ").trim();
      if (name === "") missing.push(`${element.tagName.toLowerCase()}#${element.id}.${element.className}`);
    }
    return missing;
  }, selector);
}
