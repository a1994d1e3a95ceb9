/** Topic tags, drawn from the concept lists in the seed roadmaps. */
export const TOPIC_TAGS = {
  "api-design": "API design",
  "batch-processing": "Batch processing",
  caching: "Caching",
  cdn: "CDN",
  consensus: "Consensus",
  consistency: "Consistency",
  "cqrs-event-sourcing": "CQRS / event sourcing",
  "database-design": "Database design",
  "fault-tolerance": "Fault tolerance",
  geo: "Geo",
  "id-generation": "ID generation",
  "load-balancing": "Load balancing",
  microservices: "Microservices",
  "multi-region": "Multi-region",
  observability: "Observability",
  "queues-streams": "Queues and streams",
  "rate-limiting": "Rate limiting",
  "real-time": "Real-time",
  replication: "Replication",
  search: "Search",
  security: "Security",
  sharding: "Sharding",
  storage: "Storage",
  transactions: "Transactions",
} as const;

export type TopicTag = keyof typeof TOPIC_TAGS;
export const topicTagValues = Object.keys(TOPIC_TAGS) as [TopicTag, ...TopicTag[]];

/** Company focus, limited to the companies the seeds describe. */
export const COMPANIES = {
  google: "Google",
  meta: "Meta",
  amazon: "Amazon",
  apple: "Apple",
  netflix: "Netflix",
} as const;

export type Company = keyof typeof COMPANIES;
export const companyValues = Object.keys(COMPANIES) as [Company, ...Company[]];

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** The bank filtered by the signed-in user's own practice; "to review" is what spaced repetition says is due again. */
export const PRACTICE_FILTER_LABELS = {
  attempted: "Attempted",
  not_attempted: "Not attempted",
  to_review: "Due for review",
} as const;
export type PracticeFilter = keyof typeof PRACTICE_FILTER_LABELS;
export const practiceFilterValues = Object.keys(PRACTICE_FILTER_LABELS) as [PracticeFilter, ...PracticeFilter[]];
