import { Migration } from '@mikro-orm/migrations';

export class Migration20261122013354_ingest extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "consumer_offset" ("group_id" text not null, "topic" text not null, "partition" int not null, "offset" bigint not null, "updated_at" timestamptz not null default now(), constraint "consumer_offset_pkey" primary key ("group_id", "topic", "partition"));`,
    );

    this.addSql(
      `create table "dead_letter" ("id" uuid not null, "topic" text not null, "key" text null, "value" text null, "reason" text not null, "fingerprint" text not null, "partition" int null, "offset" bigint null, "received_at" timestamptz not null default now(), constraint "dead_letter_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "dead_letter_topic_received_idx" on "dead_letter" ("topic", "received_at");`);
    this.addSql(
      `alter table "dead_letter" add constraint "dead_letter_fingerprint_key" unique ("topic", "fingerprint");`,
    );

    this.addSql(
      `create table "ingest_state" ("topic" text not null, "key" text not null, "version_order" bigint null, "partition" int not null, "offset" bigint not null, "content_hash" text not null, "source_record_id" uuid not null, "operation" text not null, "applied_at" timestamptz not null default now(), constraint "ingest_state_pkey" primary key ("topic", "key"));`,
    );

    this.addSql(
      `create table "household" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "source_topic" text not null, "source_key" text not null, "external_id" text not null, "head_id" uuid not null, "house_id" uuid null, "details" jsonb not null default '{}', constraint "household_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "household_head_id_index" on "household" ("head_id");`);
    this.addSql(`create index "household_house_id_index" on "household" ("house_id");`);
    this.addSql(`create index "household_source_record_idx" on "household" ("source_topic", "source_key");`);
    this.addSql(
      `alter table "household" add constraint "household_source_key" unique ("source_topic", "external_id");`,
    );

    this.addSql(
      `create table "household_member" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "household_id" uuid not null, "person_id" uuid not null, "relation" text not null, "mention_path" text not null, constraint "household_member_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "household_member_person_id_index" on "household_member" ("person_id");`);
    this.addSql(
      `alter table "household_member" add constraint "household_member_path_key" unique ("household_id", "mention_path");`,
    );

    this.addSql(
      `alter table "household" add constraint "household_head_id_foreign" foreign key ("head_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "household" add constraint "household_house_id_foreign" foreign key ("house_id") references "house" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "household_member" add constraint "household_member_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "household_member" add constraint "household_member_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(`alter table "person" add column "observed_at" timestamptz null;`);

    this.addSql(`alter table "person_tag" add column "active" boolean not null default true;`);
    this.addSql(`create index "person_tag_source_idx" on "person_tag" ("source_topic", "source_key");`);

    this.addSql(`alter table "house" add column "observed_at" timestamptz null;`);

    this.addSql(`alter table "organization" add column "observed_at" timestamptz null;`);

    this.addSql(`create index "residence_source_idx" on "residence" ("source_topic", "source_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "household_member" drop constraint "household_member_household_id_foreign";`);

    this.addSql(`drop table if exists "consumer_offset" cascade;`);

    this.addSql(`drop table if exists "dead_letter" cascade;`);

    this.addSql(`drop table if exists "ingest_state" cascade;`);

    this.addSql(`drop table if exists "household" cascade;`);

    this.addSql(`drop table if exists "household_member" cascade;`);

    this.addSql(`alter table "person" drop column "observed_at";`);

    this.addSql(`drop index "person_tag_source_idx";`);
    this.addSql(`alter table "person_tag" drop column "active";`);

    this.addSql(`alter table "house" drop column "observed_at";`);

    this.addSql(`alter table "organization" drop column "observed_at";`);

    this.addSql(`drop index "residence_source_idx";`);
  }
}
