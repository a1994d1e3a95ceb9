CREATE TABLE "session_chat_messages" (
	"session_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "session_chat_messages_session_id_seq_pk" PRIMARY KEY("session_id","seq")
);
--> statement-breakpoint
ALTER TABLE "peer_rooms" ADD COLUMN "meeting_url" text;--> statement-breakpoint
ALTER TABLE "peer_rooms" ADD COLUMN "observers_may_chat" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "session_chat_messages" ADD CONSTRAINT "session_chat_messages_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_chat_messages" ADD CONSTRAINT "session_chat_messages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;