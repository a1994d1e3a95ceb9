CREATE TABLE "session_checkpoints" (
	"session_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"seq" bigint NOT NULL,
	"state" "bytea" NOT NULL,
	"byte_size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "session_checkpoints_session_id_channel_pk" PRIMARY KEY("session_id","channel")
);
--> statement-breakpoint
ALTER TABLE "session_checkpoints" ADD CONSTRAINT "session_checkpoints_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;