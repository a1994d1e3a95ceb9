export * from "./users";
export * from "./questions";
export * from "./content";
export * from "./sessions";
export * from "./grading";
