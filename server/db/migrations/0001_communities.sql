CREATE TABLE "communities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"domain" text NOT NULL,
	"goals" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"geography" text NOT NULL,
	"structure" text NOT NULL,
	"formality" text NOT NULL,
	"visibility" text NOT NULL,
	"join_policy" text NOT NULL,
	"state" text DEFAULT 'active' NOT NULL,
	"formation_request_id" uuid,
	"search_key" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "communities_slug_unique" UNIQUE("slug"),
	CONSTRAINT "communities_formation_request_id_unique" UNIQUE("formation_request_id")
);
--> statement-breakpoint
CREATE TABLE "community_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "community_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"community_id" uuid NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"subject_id" uuid,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "formation_request_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "formation_request_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"request_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"action" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "formation_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"applicant_id" uuid NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"applicant" jsonb NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"domain" text DEFAULT '' NOT NULL,
	"goals" text DEFAULT '' NOT NULL,
	"rationale" text DEFAULT '' NOT NULL,
	"scope" text DEFAULT '' NOT NULL,
	"kind" text,
	"level" text,
	"geography" text,
	"core_members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"platforms" text DEFAULT '' NOT NULL,
	"knowledge_tools" text DEFAULT '' NOT NULL,
	"has_prior_experience" boolean,
	"prior_experience" text DEFAULT '' NOT NULL,
	"funding" text DEFAULT '' NOT NULL,
	"support_needed" text DEFAULT '' NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"community_id" uuid,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_id" text NOT NULL,
	"community_id" uuid NOT NULL,
	"email" text NOT NULL,
	"user_id" uuid,
	"name" text DEFAULT '' NOT NULL,
	"position" text DEFAULT '' NOT NULL,
	"organization" text DEFAULT '' NOT NULL,
	"role" text NOT NULL,
	"access_ends_at" timestamp with time zone,
	"invited_by" uuid NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"answered_by" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "community_invitations_token_id_unique" UNIQUE("token_id")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"community_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"state" text NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"access_ends_at" timestamp with time zone,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "communities" ADD CONSTRAINT "communities_formation_request_id_formation_requests_id_fk" FOREIGN KEY ("formation_request_id") REFERENCES "public"."formation_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_events" ADD CONSTRAINT "community_events_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_events" ADD CONSTRAINT "community_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_events" ADD CONSTRAINT "community_events_subject_id_users_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formation_request_events" ADD CONSTRAINT "formation_request_events_request_id_formation_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."formation_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formation_request_events" ADD CONSTRAINT "formation_request_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formation_requests" ADD CONSTRAINT "formation_requests_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_invitations" ADD CONSTRAINT "community_invitations_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_invitations" ADD CONSTRAINT "community_invitations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_invitations" ADD CONSTRAINT "community_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_invitations" ADD CONSTRAINT "community_invitations_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "communities_state_created_idx" ON "communities" USING btree ("state","created_at","id");--> statement-breakpoint
CREATE INDEX "community_events_community_idx" ON "community_events" USING btree ("community_id","seq");--> statement-breakpoint
CREATE INDEX "formation_request_events_request_idx" ON "formation_request_events" USING btree ("request_id","seq");--> statement-breakpoint
CREATE INDEX "formation_requests_applicant_idx" ON "formation_requests" USING btree ("applicant_id","created_at");--> statement-breakpoint
CREATE INDEX "formation_requests_state_idx" ON "formation_requests" USING btree ("state","submitted_at");--> statement-breakpoint
CREATE INDEX "community_invitations_community_idx" ON "community_invitations" USING btree ("community_id","state");--> statement-breakpoint
CREATE INDEX "community_invitations_user_idx" ON "community_invitations" USING btree ("user_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_community_user_key" ON "memberships" USING btree ("community_id","user_id");--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id","state");--> statement-breakpoint
CREATE INDEX "memberships_community_state_idx" ON "memberships" USING btree ("community_id","state","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_one_chair_key" ON "memberships" USING btree ("community_id") WHERE role = 'chair' and state = 'active';