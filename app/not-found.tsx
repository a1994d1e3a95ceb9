import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-indigo-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">We could not find that page</h1>
      <p className="mt-2 text-slate-600">It may have moved, or it may belong to someone else.</p>
      <Link href="/questions" className="mt-6 inline-block font-semibold text-indigo-700 hover:underline">
        Browse the question bank
      </Link>
    </div>
  );
}
