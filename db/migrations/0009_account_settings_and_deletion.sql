ALTER TABLE "users" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "user_settings" ADD COLUMN "target_level" text;--> statement-breakpoint
ALTER TABLE "user_settings" ADD COLUMN "sounds" boolean DEFAULT false NOT NULL;