import { Migration } from '@mikro-orm/migrations';

export class Migration20261122001949_loop extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "unit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "kind" text check ("kind" in ('GRID', 'VILLAGE', 'RESPONSIBILITY_ZONE', 'TOWN_CENTER', 'COUNTY_CENTER', 'DEPARTMENT_OFFICE')) not null, "name" text not null, "tier" text check ("tier" in ('GRID', 'VILLAGE', 'TOWN', 'COUNTY')) not null, "region_code" varchar(12) not null, "grid_id" uuid null, "parent_id" uuid null, constraint "unit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "unit_grid_id_index" on "unit" ("grid_id");`);
    this.addSql(`create index "unit_parent_id_index" on "unit" ("parent_id");`);
    this.addSql(`create index unit_region_code_prefix_idx on unit (region_code text_pattern_ops);`);

    this.addSql(
      `create table "unit_member" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "unit_id" uuid not null, "name" text not null, "role" text check ("role" in ('GRID_WORKER', 'LEADER', 'CENTER_STAFF', 'DEPARTMENT_LIAISON')) not null, constraint "unit_member_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "unit_member_unit_id_index" on "unit_member" ("unit_id");`);

    this.addSql(
      `create table "notification" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "unit_id" uuid not null, "event_id" uuid not null, "kind" text check ("kind" in ('DISPATCHED', 'SUPERVISION', 'ESCALATED')) not null, "message" text not null, constraint "notification_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "notification_event_id_index" on "notification" ("event_id");`);
    this.addSql(`create index "notification_unit_created_idx" on "notification" ("unit_id", "created_at");`);

    this.addSql(
      `create table "alert" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "rule" text check ("rule" in ('REPEATED_PETITIONS', 'LEVEL_SKIPPING_PETITION', 'HOUSE_REPEATED_INCIDENTS', 'DISPUTE_ESCALATED_TWICE', 'SUPERVISED_PERSON_IN_INCIDENT')) not null, "message" text not null, "subject_key" text not null, "region_code" varchar(12) null, "event_id" uuid not null, "person_id" uuid null, "house_id" uuid null, constraint "alert_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "alert_event_id_index" on "alert" ("event_id");`);
    this.addSql(`create index "alert_rule_subject_idx" on "alert" ("rule", "subject_key", "created_at");`);
    this.addSql(
      `create index alert_region_created_idx on alert (region_code text_pattern_ops, created_at desc, id desc);`,
    );

    this.addSql(
      `create table "event_transition" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "event_id" uuid not null, "action" text check ("action" in ('REPORT', 'ACCEPT_REVIEW', 'REJECT', 'MARK_DUPLICATE', 'ASSESS', 'DISPATCH', 'ACCEPT_TASK', 'RESOLVE', 'ESCALATE', 'SUPERVISE', 'FOLLOW_UP', 'CLOSE')) not null, "from_status" text check ("from_status" in ('REPORTED', 'ACCEPTED', 'REJECTED', 'DUPLICATE', 'ASSESSED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'FOLLOWED_UP', 'CLOSED')) null, "to_status" text check ("to_status" in ('REPORTED', 'ACCEPTED', 'REJECTED', 'DUPLICATE', 'ASSESSED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'FOLLOWED_UP', 'CLOSED')) not null, "tier" text check ("tier" in ('GRID', 'VILLAGE', 'TOWN', 'COUNTY')) null, "member_id" uuid null, "unit_id" uuid null, "at" timestamptz not null, "note" text null, constraint "event_transition_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "event_transition_event_at_idx" on "event_transition" ("event_id", "at");`);

    this.addSql(
      `alter table "unit" add constraint "unit_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_parent_id_foreign" foreign key ("parent_id") references "unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "unit_member" add constraint "unit_member_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "notification" add constraint "notification_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_event_id_foreign" foreign key ("event_id") references "hub_event" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "alert" add constraint "alert_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "alert" add constraint "alert_event_id_foreign" foreign key ("event_id") references "hub_event" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "alert" add constraint "alert_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "alert" add constraint "alert_house_id_foreign" foreign key ("house_id") references "house" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "event_transition" add constraint "event_transition_event_id_foreign" foreign key ("event_id") references "hub_event" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "event_transition" add constraint "event_transition_member_id_foreign" foreign key ("member_id") references "unit_member" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "event_transition" add constraint "event_transition_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "hub_event" add column "assignee_unit_id" uuid null, add column "reporter_member_id" uuid null, add column "duplicate_of_id" uuid null, add column "supervised" boolean not null default false, add column "outcome" text check ("outcome" in ('RESOLVED', 'MEDIATED', 'NOT_RESOLVED')) null, add column "satisfaction" smallint null, add column "evaluation" text null, add column "escalations" smallint not null default 0, add column "dispatched_at" timestamptz null, add column "resolved_at" timestamptz null, add column "resolved_on_time" boolean null, add column "closed_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "hub_event" add constraint "hub_event_assignee_unit_id_foreign" foreign key ("assignee_unit_id") references "unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "hub_event" add constraint "hub_event_reporter_member_id_foreign" foreign key ("reporter_member_id") references "unit_member" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "hub_event" add constraint "hub_event_duplicate_of_id_foreign" foreign key ("duplicate_of_id") references "hub_event" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "hub_event_reporter_member_id_index" on "hub_event" ("reporter_member_id");`);
    this.addSql(
      `create index hub_event_overdue_idx on hub_event (deadline) where status in ('DISPATCHED', 'IN_PROGRESS') and not supervised;`,
    );
    this.addSql(
      `create index hub_event_assignee_open_idx on hub_event (assignee_unit_id, deadline, id) where status in ('DISPATCHED', 'IN_PROGRESS');`,
    );
    this.addSql(`create index "hub_event_grid_reported_idx" on "hub_event" ("grid_id", "reported_at");`);
    this.addSql(`create index hub_event_town_reported_idx on hub_event (left(region_code, 9), reported_at);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "unit" drop constraint "unit_parent_id_foreign";`);

    this.addSql(`alter table "unit_member" drop constraint "unit_member_unit_id_foreign";`);

    this.addSql(`alter table "hub_event" drop constraint "hub_event_assignee_unit_id_foreign";`);

    this.addSql(`alter table "notification" drop constraint "notification_unit_id_foreign";`);

    this.addSql(`alter table "event_transition" drop constraint "event_transition_unit_id_foreign";`);

    this.addSql(`alter table "hub_event" drop constraint "hub_event_reporter_member_id_foreign";`);

    this.addSql(`alter table "event_transition" drop constraint "event_transition_member_id_foreign";`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "unit_member" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "alert" cascade;`);

    this.addSql(`drop table if exists "event_transition" cascade;`);

    this.addSql(`alter table "hub_event" drop constraint "hub_event_duplicate_of_id_foreign";`);

    this.addSql(`drop index "hub_event_reporter_member_id_index";`);
    this.addSql(`drop index "hub_event_overdue_idx";`);
    this.addSql(`drop index "hub_event_assignee_open_idx";`);
    this.addSql(`drop index "hub_event_grid_reported_idx";`);
    this.addSql(`drop index "hub_event_town_reported_idx";`);
    this.addSql(
      `alter table "hub_event" drop column "assignee_unit_id", drop column "reporter_member_id", drop column "duplicate_of_id", drop column "supervised", drop column "outcome", drop column "satisfaction", drop column "evaluation", drop column "escalations", drop column "dispatched_at", drop column "resolved_at", drop column "resolved_on_time", drop column "closed_at";`,
    );
  }
}
