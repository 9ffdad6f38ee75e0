// What every chart shares: a titled figure whose data table is the server-rendered content (and the fallback
// for anyone who cannot use the drawing), the drawing itself once the page has hydrated (recharts draws
// nothing on the server), and marks that are links: focusable, named, with a tooltip on hover and focus.
import { useNavigate } from "@remix-run/react";
import { shorten } from "./data";
import { TableScroll } from "~/components/TableScroll";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from "react";

const noSubscribe = () => () => {};
/** False on the server and during hydration, true afterwards: charts draw only in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscribe, () => true, () => false);
}

/** The element's content width, kept up to date as the window resizes; 0 until measured. */
function useWidth(ref: React.RefObject<HTMLElement | null>, active: boolean): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!active || !el) return;
    setWidth(Math.floor(el.getBoundingClientRect().width));
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, active]);
  return width;
}

interface Tip {
  x: number;
  y: number;
  content: ReactNode;
}

/** `show` takes the tip in the pixel coordinates of the drawing that holds `from` (a chart may hold several). */
const TipContext = createContext<{ show: (tip: Tip, from: Element) => void; hide: () => void }>({ show: () => {}, hide: () => {} });

interface ChartFigureProps {
  id: string;
  testId: string;
  title: string;
  description: ReactNode;
  /** The data table: the server-rendered content, folded away under "Data table" once the chart is drawn. */
  table: ReactNode;
  /** When set, the chart has nothing to draw: this sentence shows instead of the chart and the table. */
  empty?: string | null;
  legend?: ReactNode;
  render: (width: number) => ReactNode;
}

export function ChartFigure({ id, testId, title, description, table, empty, legend, render }: ChartFigureProps) {
  const hydrated = useHydrated();
  const canvas = useRef<HTMLDivElement>(null);
  const width = useWidth(canvas, hydrated && !empty);
  const [tip, setTip] = useState<Tip | null>(null);
  const show = useCallback((t: Tip, from: Element) => {
    // Tips are placed in the canvas; a mark's coordinates are its own drawing's, which need not start at the
    // canvas's corner (a numeric group draws one panel per unit, one under the other).
    const drawingBox = (from instanceof SVGElement ? from.ownerSVGElement ?? from : from).getBoundingClientRect();
    const canvasBox = canvas.current?.getBoundingClientRect();
    const dx = canvasBox ? drawingBox.left - canvasBox.left : 0;
    const dy = canvasBox ? drawingBox.top - canvasBox.top : 0;
    setTip({ ...t, x: t.x + dx, y: t.y + dy });
  }, []);
  const hide = useCallback(() => setTip(null), []);
  const tips = useMemo(() => ({ show, hide }), [show, hide]);
  // The drawing is kept as it is while a tooltip opens and closes: redrawing it would remount the marks
  // (recharts re-registers its series) and take the keyboard focus away from the mark that has it.
  const drawing = useMemo(() => (hydrated && width > 0 ? render(width) : null), [hydrated, width, render]);
  return (
    <figure className="chart card" data-testid={testId} aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <figcaption id={`${id}-desc`} className="muted">
        {description}
      </figcaption>
      {empty ? (
        <p className="empty">{empty}</p>
      ) : (
        <>
          {hydrated && legend ? <div className="chart-legend">{legend}</div> : null}
          <div className="chart-canvas" ref={canvas} data-testid={`${testId}-canvas`} onMouseLeave={hide}>
            {drawing ? <TipContext.Provider value={tips}>{drawing}</TipContext.Provider> : null}
            {tip ? (
              <div
                role="tooltip"
                className="chart-tooltip"
                data-testid="chart-tooltip"
                style={{ left: Math.max(0, Math.min(tip.x + 12, width - 300)), top: tip.y + 14 }}
              >
                {tip.content}
              </div>
            ) : null}
          </div>
          {/* Open until the chart is drawn: without JavaScript (and in the server HTML) the table is the chart. */}
          <details className="chart-table" open={!hydrated}>
            <summary>Data table</summary>
            <TableScroll label={`${title}: data table`}>{table}</TableScroll>
          </details>
        </>
      )}
    </figure>
  );
}

interface MarkProps {
  href: string;
  label: string;
  tip: ReactNode;
  /** Where the tooltip is anchored, in the chart's pixel coordinates. */
  x: number;
  y: number;
  testId: string;
  children: ReactNode;
}

/** One mark of a chart as a real link: Tab reaches it, Enter or a click opens it, hover or focus explains it. */
export function Mark({ href, label, tip, x, y, testId, children }: MarkProps) {
  const navigate = useNavigate();
  const { show, hide } = useContext(TipContext);
  const open = (e: MouseEvent | KeyboardEvent) => {
    if ("button" in e && (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)) return;
    e.preventDefault();
    navigate(href);
  };
  return (
    <a
      href={href}
      className="chart-mark"
      data-testid={testId}
      tabIndex={0}
      aria-label={label}
      onClick={open}
      onKeyDown={(e) => e.key === "Enter" && open(e)}
      onMouseEnter={(e) => show({ x, y, content: tip }, e.currentTarget)}
      onFocus={(e) => show({ x, y, content: tip }, e.currentTarget)}
      onBlur={hide}
    >
      {children}
    </a>
  );
}

/** A tooltip body for a claim: the source, the claim in quotes, its value. */
export function ClaimTip({ source, quote, valueText, open }: { source: string; quote: string; valueText: string; open?: boolean }) {
  return (
    <>
      <strong>{source}</strong>
      <q>{quote}</q>
      {valueText ? (
        <span className="chart-tooltip-value">
          {valueText}
          {open ? " (open-ended)" : ""}
        </span>
      ) : null}
      <span className="chart-tooltip-hint">Click or press Enter to open the claim</span>
    </>
  );
}

/** Room for the row labels on the left: about a third of the width, between 90 and `max` pixels. */
export function labelWidth(width: number, max = 240): { px: number; chars: number } {
  const px = Math.round(Math.max(90, Math.min(max, width * 0.32)));
  return { px, chars: Math.floor(px / 6.6) };
}

export function Swatch({ className, children }: { className: string; children: ReactNode }) {
  return (
    <span className="chart-legend-item">
      <span className={`chart-swatch ${className}`} aria-hidden="true" />
      {children}
    </span>
  );
}

/** The layout both horizontal bar charts share: on a narrow screen each bar's name goes above it, full width,
 * instead of in a squeezed column. Spread the result into recharts' <BarChart>. */
export function horizontalBarLayout<T>(width: number, data: T[], name: (row: T) => string) {
  const above = width < 560;
  return {
    above,
    chart: {
      width,
      height: data.length * (above ? 46 : 34) + 48,
      data: data.map((d) => ({ ...d, above: above ? shorten(name(d), Math.floor(width / 7)) : null })),
      layout: "vertical" as const,
      margin: { top: above ? 14 : 4, right: 16, bottom: 20, left: 4 },
      barCategoryGap: 6,
      barSize: above ? 16 : undefined,
      accessibilityLayer: false,
    },
  };
}
