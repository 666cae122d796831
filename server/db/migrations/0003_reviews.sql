CREATE TABLE "panel_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"panel_id" uuid NOT NULL,
	"email" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"role" text NOT NULL,
	"token_id" text NOT NULL,
	"invited_by" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_by" uuid,
	"accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "panel_invitations_token_id_unique" UNIQUE("token_id")
);
--> statement-breakpoint
CREATE TABLE "panel_members" (
	"panel_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "panel_members_panel_id_user_id_pk" PRIMARY KEY("panel_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "review_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"panel_id" uuid NOT NULL,
	"contribution_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"state" text DEFAULT 'assigned' NOT NULL,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"weighted" real,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"decline_reason" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_conflicts" (
	"contribution_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"declared_at" timestamp with time zone NOT NULL,
	CONSTRAINT "review_conflicts_contribution_id_reviewer_id_pk" PRIMARY KEY("contribution_id","reviewer_id")
);
--> statement-breakpoint
CREATE TABLE "review_decisions" (
	"contribution_id" uuid PRIMARY KEY NOT NULL,
	"panel_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"domain_key" text NOT NULL,
	"audience_group" text NOT NULL,
	"author_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"reason" text NOT NULL,
	"merged_into" uuid,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_panels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"title" text NOT NULL,
	"domain_keys" jsonb NOT NULL,
	"reviewers_per_contribution" integer DEFAULT 2 NOT NULL,
	"deadline" timestamp with time zone,
	"disagreement_threshold" integer DEFAULT 30 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "review_posts_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"panel_id" uuid NOT NULL,
	"contribution_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_rubrics" (
	"call_id" uuid PRIMARY KEY NOT NULL,
	"criteria" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "panel_invitations" ADD CONSTRAINT "panel_invitations_panel_id_review_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."review_panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_invitations" ADD CONSTRAINT "panel_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_invitations" ADD CONSTRAINT "panel_invitations_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_members" ADD CONSTRAINT "panel_members_panel_id_review_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."review_panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_members" ADD CONSTRAINT "panel_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_assignments" ADD CONSTRAINT "review_assignments_panel_id_review_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."review_panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_assignments" ADD CONSTRAINT "review_assignments_contribution_id_contributions_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."contributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_assignments" ADD CONSTRAINT "review_assignments_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_assignments" ADD CONSTRAINT "review_assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_conflicts" ADD CONSTRAINT "review_conflicts_contribution_id_contributions_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."contributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_conflicts" ADD CONSTRAINT "review_conflicts_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_contribution_id_contributions_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."contributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_panel_id_review_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."review_panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_merged_into_contributions_id_fk" FOREIGN KEY ("merged_into") REFERENCES "public"."contributions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_panels" ADD CONSTRAINT "review_panels_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_posts" ADD CONSTRAINT "review_posts_panel_id_review_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."review_panels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_posts" ADD CONSTRAINT "review_posts_contribution_id_contributions_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."contributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_posts" ADD CONSTRAINT "review_posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_rubrics" ADD CONSTRAINT "review_rubrics_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_rubrics" ADD CONSTRAINT "review_rubrics_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "panel_invitations_panel_idx" ON "panel_invitations" USING btree ("panel_id");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_members_one_chair_key" ON "panel_members" USING btree ("panel_id") WHERE role = 'chair';--> statement-breakpoint
CREATE UNIQUE INDEX "panel_members_one_secretary_key" ON "panel_members" USING btree ("panel_id") WHERE role = 'secretary';--> statement-breakpoint
CREATE INDEX "panel_members_user_idx" ON "panel_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_assignments_contribution_reviewer_key" ON "review_assignments" USING btree ("contribution_id","reviewer_id");--> statement-breakpoint
CREATE INDEX "review_assignments_reviewer_idx" ON "review_assignments" USING btree ("reviewer_id","assigned_at");--> statement-breakpoint
CREATE INDEX "review_assignments_panel_idx" ON "review_assignments" USING btree ("panel_id");--> statement-breakpoint
CREATE INDEX "review_decisions_call_idx" ON "review_decisions" USING btree ("call_id","domain_key");--> statement-breakpoint
CREATE INDEX "review_decisions_author_idx" ON "review_decisions" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "review_panels_call_idx" ON "review_panels" USING btree ("call_id","created_at");--> statement-breakpoint
CREATE INDEX "review_posts_contribution_idx" ON "review_posts" USING btree ("contribution_id","seq");