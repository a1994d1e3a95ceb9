CREATE TABLE "checklist_ticks" (
	"user_id" uuid NOT NULL,
	"checklist_key" text NOT NULL,
	"item_key" text NOT NULL,
	"ticked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checklist_ticks_user_id_checklist_key_item_key_pk" PRIMARY KEY("user_id","checklist_key","item_key")
);
--> statement-breakpoint
CREATE TABLE "grade_revisions" (
	"grade_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"rubric_version" integer NOT NULL,
	"body" jsonb NOT NULL,
	"overall_score" real NOT NULL,
	"signal" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grade_revisions_grade_id_revision_pk" PRIMARY KEY("grade_id","revision")
);
--> statement-breakpoint
CREATE TABLE "grades" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"grader_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"rubric_version" integer NOT NULL,
	"body" jsonb NOT NULL,
	"overall_score" real NOT NULL,
	"signal" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grades_session_grader_kind" UNIQUE("session_id","grader_id","kind")
);
--> statement-breakpoint
CREATE TABLE "roadmap_ticks" (
	"user_id" uuid NOT NULL,
	"roadmap_key" text NOT NULL,
	"item_key" text NOT NULL,
	"ticked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roadmap_ticks_user_id_roadmap_key_item_key_pk" PRIMARY KEY("user_id","roadmap_key","item_key")
);
--> statement-breakpoint
CREATE TABLE "user_roadmaps" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"roadmap_key" text NOT NULL,
	"start_date" date NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "checklist_ticks" ADD CONSTRAINT "checklist_ticks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_revisions" ADD CONSTRAINT "grade_revisions_grade_id_grades_id_fk" FOREIGN KEY ("grade_id") REFERENCES "public"."grades"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grades" ADD CONSTRAINT "grades_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grades" ADD CONSTRAINT "grades_grader_id_users_id_fk" FOREIGN KEY ("grader_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grades" ADD CONSTRAINT "grades_rubric_version_rubric_versions_version_fk" FOREIGN KEY ("rubric_version") REFERENCES "public"."rubric_versions"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_ticks" ADD CONSTRAINT "roadmap_ticks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roadmaps" ADD CONSTRAINT "user_roadmaps_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "grades_grader_idx" ON "grades" USING btree ("grader_id");