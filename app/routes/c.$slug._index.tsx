import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import {
  json,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  MaxPartSizeExceededError,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { listSources } from "../../db/sources";
import { loadCorpusCharts } from "~/charts.server";
import { CorpusCharts } from "~/components/charts/CorpusCharts";
import { requireCorpusRole } from "~/auth.server";
import { AgreementPanel } from "~/components/AgreementPanel";
import { TableScroll } from "~/components/TableScroll";
import { loadAgreement } from "~/review/agreement.server";
import { getDb } from "~/db.server";
import { EXPORT_FORMATS } from "~/export/formats";
import { decodeBytes, ImportError, MAX_SOURCE_BYTES } from "~/import/decode";
import { documentsFromFile, formatOf, guessTitle, type ImportDocument } from "~/import/documents";
import { IMPORTABLE_EXTENSIONS, isImportable } from "~/import/extensions";
import { importDocuments } from "~/import/import.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { corpus, viewer } = await requireCorpusRole(request, params.slug, "viewer");
  const db = await getDb();
  const [sources, charts] = await Promise.all([listSources(db, corpus.id), loadCorpusCharts(db, corpus.id, viewer)]);
  return json({ corpus: { name: corpus.name, slug: corpus.slug }, sources, charts, agreement: await loadAgreement(db, corpus.id, viewer) });
}

type ImportResult =
  | { ok: true; added: Array<{ title: string; claims: number }>; duplicates: string[] }
  | { ok: false; error: string };

const MAX_UPLOAD_FILES = 200;

// Importing sources changes the corpus for everyone: owners only.
export async function action({ params, request }: ActionFunctionArgs) {
  const { corpus } = await requireCorpusRole(request, params.slug, "owner");
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: MAX_SOURCE_BYTES }),
    );
  } catch (error) {
    const message =
      error instanceof MaxPartSizeExceededError
        ? `A file is larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MB, the limit per source. Split it and try again.`
        : "The upload could not be read. Try again with .txt, .md, .html or .csv files.";
    return json<ImportResult>({ ok: false, error: message }, { status: 400 });
  }
  const docs: ImportDocument[] = [];
  try {
    const files = form.getAll("files").filter((f): f is File => typeof f !== "string" && f.size + f.name.length > 0);
    if (files.length > MAX_UPLOAD_FILES) throw new ImportError("upload", `at most ${MAX_UPLOAD_FILES} files at once`);
    for (const file of files) {
      if (!isImportable(file.name)) {
        throw new ImportError(file.name, `unsupported file type; upload ${IMPORTABLE_EXTENSIONS.join(", ")}`);
      }
      const { text } = decodeBytes(new Uint8Array(await file.arrayBuffer()), file.name);
      docs.push(...documentsFromFile(file.name, text));
    }
    const pasted = String(form.get("text") ?? "");
    if (pasted.trim()) {
      const title = String(form.get("title") ?? "").trim().slice(0, 300);
      const origin = String(form.get("origin") ?? "").trim().slice(0, 2000) || "pasted text";
      if (pasted.length > MAX_SOURCE_BYTES) throw new ImportError("pasted text", "the text is larger than the 20 MB limit");
      docs.push({
        title: title || guessTitle(pasted, "text", origin),
        origin,
        format: /^https?:\/\/\S+\.html?$/i.test(origin) ? formatOf(origin) : "text",
        text: pasted,
        author: null,
        date: null,
        where: "pasted text",
      });
    }
    if (docs.length === 0) throw new ImportError("import", "choose one or more files, or paste a text");
  } catch (error) {
    if (error instanceof ImportError) return json<ImportResult>({ ok: false, error: error.message }, { status: 400 });
    throw error;
  }
  const db = await getDb();
  let results;
  try {
    results = await importDocuments(db, corpus.id, docs);
  } catch (error) {
    // (a text the pipeline could not read: the message names it, and nothing was stored)
    if (error instanceof ImportError) return json<ImportResult>({ ok: false, error: error.message }, { status: 400 });
    throw error;
  }
  return json<ImportResult>({
    ok: true,
    added: results.filter((r) => r.status === "added").map((r) => ({ title: r.title, claims: r.claimCount })),
    duplicates: results.filter((r) => r.status === "duplicate").map((r) => r.title),
  });
}

export default function CorpusOverview() {
  const { corpus, sources, charts, agreement } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const importing = useNavigation().state === "submitting";
  return (
    <>
      <section aria-labelledby="charts-heading">
        <h2 id="charts-heading">Where the sources disagree</h2>
        {sources.some((s) => s.claimCount > 0) ? (
          <CorpusCharts slug={corpus.slug} charts={charts} />
        ) : (
          <p className="empty">No claims yet: the charts appear once sources with checkable claims are imported.</p>
        )}
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        {sources.length === 0 ? (
          <p className="empty">This corpus has no sources yet. Upload files or paste a text below.</p>
        ) : (
          <TableScroll label="Sources table">
            <table>
              <thead>
                <tr>
                  <th>Title</th>
                  <th>Origin</th>
                  <th>Author · date</th>
                  <th>Claims</th>
                </tr>
              </thead>
              <tbody>
                {sources.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <Link to={`/c/${corpus.slug}/sources/${s.id}`}>{s.title}</Link>
                    </td>
                    <td className="muted">{s.origin}</td>
                    <td className="muted">{[s.author, s.published].filter(Boolean).join(" · ") || "—"}</td>
                    <td>
                      <Link to={`/c/${corpus.slug}/claims?source=${s.id}`}>{s.claimCount}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section className="card" aria-labelledby="import-heading" style={{ marginTop: "1.5rem" }}>
        <h2 id="import-heading" style={{ marginTop: 0 }}>
          Import
        </h2>
        {result ? (
          result.ok ? (
            <p className="notice" role="status">
              {result.added.length
                ? `Imported ${result.added.map((a) => `“${a.title}” (${a.claims} claims)`).join(", ")}.`
                : "Nothing new was imported."}
              {result.duplicates.length ? ` Already in the corpus: ${result.duplicates.join(", ")}.` : ""}
            </p>
          ) : (
            <p className="notice error" role="alert">
              {result.error}
            </p>
          )
        ) : null}
        <Form method="post" encType="multipart/form-data">
          <label htmlFor="import-files">Files (.txt, .md, .html, .csv with title, origin, text columns)</label>
          <input id="import-files" type="file" name="files" multiple accept={IMPORTABLE_EXTENSIONS.join(",")} />
          <p className="muted">or paste a text:</p>
          <div className="row">
            <div>
              <label htmlFor="import-title">Title</label>
              <input id="import-title" type="text" name="title" maxLength={300} />
            </div>
            <div>
              <label htmlFor="import-origin">Origin (URL or where it came from)</label>
              <input id="import-origin" type="text" name="origin" maxLength={2000} />
            </div>
          </div>
          <label htmlFor="import-text">Text</label>
          <textarea id="import-text" name="text" rows={6} />
          <p>
            <button type="submit" disabled={importing}>
              {importing ? "Importing and extracting claims…" : "Import"}
            </button>
          </p>
        </Form>
      </section>

      <AgreementPanel agreement={agreement} />

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <p className="row" style={{ alignItems: "center" }}>
          {EXPORT_FORMATS.map((f) => (
            <a key={f} className="button secondary" href={`/c/${corpus.slug}/export/${f}`} download>
              {f === "md" ? "Balanced brief (Markdown)" : f === "claimreview" ? "ClaimReview (JSON-LD)" : f.toUpperCase()}
            </a>
          ))}
        </p>
      </section>
    </>
  );
}
