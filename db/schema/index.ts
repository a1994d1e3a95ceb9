export * from "./users";
export * from "./questions";
