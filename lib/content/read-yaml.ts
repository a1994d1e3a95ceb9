import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import { ContentError } from "./content-error";

/** Reads one YAML file and validates it, naming the file and the field on failure. */
export async function readYaml<T extends z.ZodType>(file: string, schema: T): Promise<z.infer<T>> {
  const shown = path.relative(process.cwd(), file) || file;
  let data: unknown;
  try {
    data = parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new ContentError(shown, "yaml", `is not valid YAML (${(error as Error).message.split("\n")[0]})`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw ContentError.fromZod(shown, "", parsed.error);
  return parsed.data;
}
