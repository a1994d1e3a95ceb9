CREATE TABLE "peer_rooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "room_invites" (
	"token" text PRIMARY KEY NOT NULL,
	"room_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "session_pauses" (
	"session_id" uuid NOT NULL,
	"paused_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"resumed_at" timestamp with time zone,
	CONSTRAINT "session_pauses_session_id_paused_at_pk" PRIMARY KEY("session_id","paused_at")
);
--> statement-breakpoint
CREATE TABLE "interviewer_ratings" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"rater_id" uuid NOT NULL,
	"interviewer_id" uuid NOT NULL,
	"helpfulness" integer NOT NULL,
	"question_quality" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "session_updates_session_seq_idx";--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD COLUMN "room_id" uuid;--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD COLUMN "round" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD COLUMN "candidate_ready_phase" integer;--> statement-breakpoint
ALTER TABLE "session_updates" ADD COLUMN "channel" text DEFAULT 'shared' NOT NULL;--> statement-breakpoint
ALTER TABLE "peer_rooms" ADD CONSTRAINT "peer_rooms_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_invites" ADD CONSTRAINT "room_invites_room_id_peer_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."peer_rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_pauses" ADD CONSTRAINT "session_pauses_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviewer_ratings" ADD CONSTRAINT "interviewer_ratings_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviewer_ratings" ADD CONSTRAINT "interviewer_ratings_rater_id_users_id_fk" FOREIGN KEY ("rater_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviewer_ratings" ADD CONSTRAINT "interviewer_ratings_interviewer_id_users_id_fk" FOREIGN KEY ("interviewer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "room_invites_room_idx" ON "room_invites" USING btree ("room_id");--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD CONSTRAINT "practice_sessions_room_id_peer_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."peer_rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "practice_sessions_room_round_idx" ON "practice_sessions" USING btree ("room_id","round");--> statement-breakpoint
CREATE INDEX "session_updates_session_channel_seq_idx" ON "session_updates" USING btree ("session_id","channel","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "grades_one_peer_grade_idx" ON "grades" USING btree ("session_id") WHERE kind = 'peer';