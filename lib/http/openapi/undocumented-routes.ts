/**
 * Route files under app/api that the document deliberately leaves out, with why. The coverage
 * test (tests/unit/openapi-coverage.test.ts) checks each still exists and is not described.
 */
export const UNDOCUMENTED_ROUTES: { file: string; reason: string }[] = [
  {
    file: "app/api/[...path]/route.ts",
    reason:
      "The fallback for addresses no other route claims: it answers every method with 404 in the error shape. It is not an endpoint to call; the document's introduction says how unknown addresses answer.",
  },
];
