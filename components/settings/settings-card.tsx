/** One section of the settings page: a titled card. */
export function SettingsCard({ id, title, description, children, tone = "plain" }: { id: string; title: string; description?: string; children: React.ReactNode; tone?: "plain" | "danger" }) {
  return (
    <section aria-labelledby={id} className={`rounded-xl bg-white p-5 shadow-sm ring-1 ${tone === "danger" ? "ring-rose-200" : "ring-slate-200"}`}>
      <h2 id={id} className={`text-lg font-semibold ${tone === "danger" ? "text-rose-800" : ""}`}>
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** What a form said after its last attempt: saved, or why not. */
export function FormStatus({ status }: { status: { ok: boolean; message: string } | null }) {
  if (!status) return null;
  return (
    <p role={status.ok ? "status" : "alert"} className={`rounded-lg px-3 py-2 text-sm ${status.ok ? "bg-emerald-50 text-emerald-800" : "bg-rose-50 text-rose-800"}`}>
      {status.message}
    </p>
  );
}
