/**
 * The list of cards: a page at a time (hundreds of KPIs stay quick), with "Show more" for the
 * rest, and the charts redrawn at the new width when the pane is resized.
 */
import { el } from "../../shared/dom";
import { KpiView } from "../../shared/kpi-view";
import { DrawnChart, renderCard } from "./cards/card";

/** Cards drawn at once; the rest come with "Show more", so hundreds of KPIs stay quick. */
const CARDS_PER_PAGE = 20;

/** The chart size uPlot is given: the card's width (at least 240 px) and a fixed height. */
const CHART_MIN_WIDTH = 240;
const CHART_HEIGHT = 170;

export class CardList {
  readonly element = el("div", { id: "cards", className: "cards" });
  private charts: DrawnChart[] = [];

  constructor() {
    window.addEventListener("resize", () => this.resizeCharts());
  }

  /** Shows these KPIs' cards from the first, a page at a time. */
  show(views: readonly KpiView[]): void {
    for (const chart of this.charts) chart.destroy();
    this.charts = [];
    this.element.replaceChildren();
    this.showMore(views, 0);
  }

  /** Appends the next page of cards, with a button for the rest. */
  private showMore(shown: readonly KpiView[], from: number): void {
    this.element.querySelector(".more")?.remove();
    const page = shown.slice(from, from + CARDS_PER_PAGE);
    this.element.append(...page.map((view) => renderCard(view, this.charts)));
    const rest = shown.length - from - page.length;
    if (rest > 0) {
      const more = el("button", { className: "secondary more", text: `Show ${Math.min(rest, CARDS_PER_PAGE)} more of ${rest}`, attrs: { type: "button" } });
      more.addEventListener("click", () => {
        this.showMore(shown, from + page.length);
        const next = this.element.querySelectorAll<HTMLElement>(".card h3")[from + page.length];
        next?.setAttribute("tabindex", "-1");
        next?.focus();
      });
      this.element.append(more);
    }
  }

  private resizeCharts(): void {
    for (const chart of this.charts) {
      const plot = chart as unknown as { root: HTMLElement };
      const width = plot.root?.parentElement?.clientWidth;
      if (width) chart.setSize({ width: Math.max(CHART_MIN_WIDTH, width), height: CHART_HEIGHT });
    }
  }
}
