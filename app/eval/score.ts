// A faithful TypeScript port of the matching rule of ../shared/tools/eval_claims.py: a gold claim is found when
// the run's claims of the same source and category that overlap its quote cover at least half of it; its value
// is right when one of them carries an equal value. Pure: export-shaped object and gold object in, scores out.

export const MISSION = ["efficacy", "origin_date", "practitioner_count"] as const;

export interface ExportLike {
  sources: Array<{ id: number; origin?: string | null; title?: string | null; text: string }>;
  claims: Array<{ id: number; sourceId: number; start: number | null; end: number | null; category: string; value: unknown; text?: string }>;
  groups?: Array<{ key: string; label?: string; assessment: string; claimIds: number[] }>;
}

export interface GoldClaim {
  id: string; source: string; quote?: string | null; start: number; end: number; category: string;
  value: Record<string, unknown> | null; required?: boolean; atoms?: number;
}
export interface Gold {
  claims: GoldClaim[];
  noise?: Array<{ source: string; quote?: string | null; start: number; end: number }>;
  groups?: Array<{ key: string; label?: string; assessment: string; claims: string[] }>;
}

export interface CategoryRow { category: string; required: number; found: number; valueRight: number }
export interface ScoreResult {
  recallRequired: number;
  recallMission: number;
  valueAcc: number;
  precisionMission: number;
  groupsScore: number;
  perCategory: CategoryRow[];
  missed: GoldClaim[];
  wrongValue: Array<{ gold: GoldClaim; got: unknown[] }>;
  falseHits: ExportLike["claims"];
  noiseHits: Array<{ quote: string; claim: string; category: string }>;
  groupRows: Array<{ key: string; gold: string; got: string | null; share: number; label: string | null }>;
  missingSources: string[];
  counts: { required: number; found: number; requiredMission: number; foundMission: number; valued: number; valueOk: number; tp: number; fp: number; claims: number };
}

const base = (o: unknown) => String(o ?? "").split(/[\\/]/).pop() ?? "";

/** Python's norm_name: NFKD to ASCII, lower case, titles dropped, letters only. */
export function normName(s: string | null | undefined): string {
  let t = (s ?? "").normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase();
  t = t.replace(/\b(dr|doctor|prof|professor|md|m\.d)\b\.?/g, " ");
  return (t.match(/[a-z]+\.?/g) ?? []).join(" ").replace(/\./g, "");
}

function numEq(a: unknown, b: unknown, rel = 0.011): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a === null || a === undefined) && (b === null || b === undefined);
  return Math.abs((a as number) - (b as number)) <= rel * Math.max(1, Math.abs(b as number));
}

export function valueOk(v: unknown, g: Record<string, unknown> | null): boolean {
  if (g === null || g === undefined) return true;
  if (!v || typeof v !== "object") return false;
  const x = v as Record<string, unknown>;
  switch (g.kind) {
    case "year": return x.kind === "year" && x.min === g.min && x.max === g.max;
    case "count": {
      if (x.kind !== "count" || !numEq(x.min, g.min)) return false;
      if (g.max !== null && g.max !== undefined) return numEq(x.max, g.max);
      return x.max === null || x.max === undefined || x.max === "" || x.max === Infinity;
    }
    case "quantity": return x.kind === "quantity" && numEq(x.min, g.min) && numEq(x.max, g.max);
    case "person": return x.kind === "person" && normName(x.name as string) === normName(g.name as string);
    case "stance": return x.kind === "stance" && x.polarity === g.polarity && Boolean(x.hedged) === Boolean(g.hedged);
    default: return false;
  }
}

function goldSpan(text: string, g: { quote?: string | null; start: number; end: number }): [number, number] {
  if (g.quote !== null && g.quote !== undefined) {
    const i = text.indexOf(g.quote);
    return i >= 0 ? [i, i + g.quote.length] : [g.start, g.end];
  }
  return [g.start, g.end];
}

function covered([a, b]: [number, number], others: Array<[number, number]>): number {
  const cov = new Uint8Array(Math.max(0, b - a));
  for (const [s, e] of others) for (let i = Math.max(a, s); i < Math.min(b, e); i++) cov[i - a] = 1;
  let n = 0;
  for (const c of cov) n += c;
  return n / Math.max(1, b - a);
}

export function scoreExport(ex: ExportLike, gold: Gold): ScoreResult {
  const srcByOrigin = new Map<string, ExportLike["sources"][number]>();
  for (const s of ex.sources) for (const key of [s.origin, s.title]) if (key) srcByOrigin.set(base(key), s);
  const bySrc = new Map<number, ExportLike["claims"]>();
  for (const c of ex.claims) bySrc.set(c.sourceId, [...(bySrc.get(c.sourceId) ?? []), c]);
  const overl = (c: ExportLike["claims"][number], [s, e]: [number, number]) =>
    c.start !== null && c.end !== null && c.start < e && c.end > s;

  const found = new Map<string, boolean>(), val = new Map<string, boolean>();
  const missingSources = new Set<string>();
  const perCat = new Map<string, CategoryRow>();
  const wrongValue: ScoreResult["wrongValue"] = [];
  for (const g of gold.claims) {
    const s = srcByOrigin.get(base(g.source));
    if (!s) { missingSources.add(g.source); continue; }
    const span = goldSpan(s.text, g);
    const cands = (bySrc.get(s.id) ?? []).filter((c) => c.category === g.category && overl(c, span));
    const ok = covered(span, cands.map((c) => [c.start!, c.end!])) >= 0.5;
    const vok = ok && cands.some((c) => valueOk(c.value, g.value));
    found.set(g.id, ok); val.set(g.id, vok);
    if (ok && !vok && g.required && g.value !== null) wrongValue.push({ gold: g, got: cands.map((c) => c.value) });
    const row = perCat.get(g.category) ?? { category: g.category, required: 0, found: 0, valueRight: 0 };
    if (g.required) { row.required++; row.found += +ok; row.valueRight += +vok; }
    perCat.set(g.category, row);
  }
  const req = gold.claims.filter((g) => g.required);
  const reqM = req.filter((g) => (MISSION as readonly string[]).includes(g.category));
  const valued = req.filter((g) => g.value !== null && g.value !== undefined);
  const count = (xs: GoldClaim[], m: Map<string, boolean>) => xs.filter((g) => m.get(g.id)).length;

  const goldSpans = new Map<string, Array<[number, number]>>();
  for (const g of gold.claims) {
    const s = srcByOrigin.get(base(g.source));
    if (!s) continue;
    const k = `${s.id}|${g.category}`;
    goldSpans.set(k, [...(goldSpans.get(k) ?? []), goldSpan(s.text, g)]);
  }
  let tp = 0, fp = 0;
  const falseHits: ExportLike["claims"] = [];
  for (const c of ex.claims) {
    if (!(MISSION as readonly string[]).includes(c.category) || c.start === null) continue;
    const sp = goldSpans.get(`${c.sourceId}|${c.category}`) ?? [];
    if (sp.some((x) => overl(c, x))) tp++; else { fp++; falseHits.push(c); }
  }

  const noiseHits: ScoreResult["noiseHits"] = [];
  for (const n of gold.noise ?? []) {
    const s = srcByOrigin.get(base(n.source));
    if (!s) continue;
    const sp = goldSpan(s.text, n);
    for (const c of bySrc.get(s.id) ?? []) {
      if (overl(c, sp) && c.category !== "other") noiseHits.push({ quote: n.quote ?? s.text.slice(sp[0], sp[1]), claim: c.text ?? "", category: c.category });
    }
  }

  const goldToEx = new Map<string, Set<number>>();
  for (const g of gold.claims) {
    const s = srcByOrigin.get(base(g.source));
    if (!s) continue;
    const sp = goldSpan(s.text, g);
    goldToEx.set(g.id, new Set((bySrc.get(s.id) ?? []).filter((c) => overl(c, sp) && c.category === g.category).map((c) => c.id)));
  }
  const groupRows: ScoreResult["groupRows"] = [];
  let grpOk = 0;
  for (const gg of gold.groups ?? []) {
    let best: NonNullable<ExportLike["groups"]>[number] | null = null, bestN = 0;
    for (const eg of ex.groups ?? []) {
      const ids = new Set(eg.claimIds);
      const n = gg.claims.filter((cid) => [...(goldToEx.get(cid) ?? [])].some((x) => ids.has(x))).length;
      if (n > bestN) { best = eg; bestN = n; }
    }
    const share = bestN / Math.max(1, gg.claims.length);
    if (best && share >= 0.6 && best.assessment === gg.assessment) grpOk++;
    groupRows.push({ key: gg.key, gold: gg.assessment, got: best?.assessment ?? null, share, label: best?.label ?? null });
  }

  return {
    recallRequired: count(req, found) / Math.max(1, req.length),
    recallMission: count(reqM, found) / Math.max(1, reqM.length),
    valueAcc: count(valued, val) / Math.max(1, valued.length),
    precisionMission: tp / Math.max(1, tp + fp),
    groupsScore: grpOk / Math.max(1, (gold.groups ?? []).length),
    perCategory: [...perCat.values()].sort((a, b) => a.category.localeCompare(b.category)),
    missed: req.filter((g) => !found.get(g.id)),
    wrongValue, falseHits, noiseHits, groupRows, missingSources: [...missingSources],
    counts: { required: req.length, found: count(req, found), requiredMission: reqM.length, foundMission: count(reqM, found),
      valued: valued.length, valueOk: count(valued, val), tp, fp, claims: ex.claims.length },
  };
}

export function summaryLine(r: ScoreResult): string {
  return `recall_required=${r.recallRequired.toFixed(2)} recall_mission=${r.recallMission.toFixed(2)} value_acc=${r.valueAcc.toFixed(2)} ` +
    `precision_mission=${r.precisionMission.toFixed(2)} noise_hits=${r.noiseHits.length} groups=${r.groupsScore.toFixed(2)} claims=${r.counts.claims}`;
}
