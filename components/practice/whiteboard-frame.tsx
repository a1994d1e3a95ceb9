import { buttonStyles } from "@/components/ui/button-styles";

/** The board's box: its export buttons above a canvas area that fills the pane (at least 320 px). */
export function WhiteboardFrame({
  actions,
  children,
  canvasRef,
  ...attributes
}: { actions: React.ReactNode; children: React.ReactNode; canvasRef?: React.Ref<HTMLDivElement> } & React.HTMLAttributes<HTMLDivElement> & Record<`data-${string}`, unknown>) {
  return (
    <div {...attributes} className="flex min-h-0 flex-1 flex-col gap-2">
      <div className="flex flex-wrap items-center justify-end gap-2">{actions}</div>
      <div ref={canvasRef} className="min-h-[320px] flex-1 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
        {children}
      </div>
    </div>
  );
}

export function LoadingCanvas() {
  return (
    <div role="status" className="grid h-full place-items-center bg-slate-50 text-sm text-slate-500">
      <span className="flex items-center gap-2">
        <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-indigo-600" />
        Loading whiteboard…
      </span>
    </div>
  );
}

/** What the pane shows while the board's code loads: the same box, so nothing moves when it arrives. */
export function WhiteboardLoading() {
  return (
    <WhiteboardFrame
      actions={["Export PNG", "Export SVG"].map((label) => (
        <button key={label} type="button" className={buttonStyles.secondary} disabled>
          {label}
        </button>
      ))}
    >
      <LoadingCanvas />
    </WhiteboardFrame>
  );
}
