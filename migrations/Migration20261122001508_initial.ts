import { Migration } from '@mikro-orm/migrations';

export class Migration20261122001508_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "region" ("code" varchar(12) not null, "name" text not null, "level" text check ("level" in ('COUNTY', 'TOWN', 'VILLAGE')) not null, "parent_code" varchar(12) null, "created_at" timestamptz not null default now(), constraint "region_pkey" primary key ("code"));`,
    );
    this.addSql(`create index "region_parent_code_index" on "region" ("parent_code");`);
    this.addSql(`create index region_code_prefix_idx on region (code text_pattern_ops);`);

    this.addSql(
      `create table "grid" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text not null, "name" text not null, "region_code" varchar(12) not null, "parent_id" uuid null, constraint "grid_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "grid" add constraint "grid_code_unique" unique ("code");`);
    this.addSql(`create index "grid_parent_id_index" on "grid" ("parent_id");`);
    this.addSql(`create index grid_region_code_prefix_idx on grid (region_code text_pattern_ops, id);`);

    this.addSql(
      `create table "person" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" text not null, "name_key" text not null, "gender" text check ("gender" in ('MALE', 'FEMALE', 'UNKNOWN')) not null default 'UNKNOWN', "birth_date" date null, "identity_number" text null, "identity_number_valid" boolean not null default false, "phones" text[] not null default '{}', "region_code" varchar(12) null, "grid_id" uuid null, "merged_into_id" uuid null, "version" int not null default 1, constraint "person_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "person_name_key_index" on "person" ("name_key");`);
    this.addSql(`create index "person_grid_id_index" on "person" ("grid_id");`);
    this.addSql(`create index "person_merged_into_id_index" on "person" ("merged_into_id");`);
    this.addSql(
      `create unique index person_identity_number_idx on person (identity_number) where identity_number_valid and merged_into_id is null;`,
    );
    this.addSql(`create index person_region_code_prefix_idx on person (region_code text_pattern_ops, id);`);

    this.addSql(
      `create table "person_tag" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "person_id" uuid not null, "kind" text check ("kind" in ('COMMUNITY_CORRECTION', 'RELEASED_AFTER_SENTENCE', 'SEVERE_MENTAL_DISORDER', 'DRUG_USER', 'FREQUENT_PETITIONER', 'MINIMUM_LIVING_ALLOWANCE', 'EXTREME_POVERTY', 'TEMPORARY_ASSISTANCE')) not null, "sensitive" boolean not null default false, "valid_from" date null, "valid_to" date null, "source_topic" text null, "source_key" text null, constraint "person_tag_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "person_tag_person_id_index" on "person_tag" ("person_id");`);
    this.addSql(`create index "person_tag_kind_index" on "person_tag" ("kind");`);

    this.addSql(
      `create table "house" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "address" text not null, "address_key" text not null, "region_code" varchar(12) not null, "grid_id" uuid null, "use" text check ("use" in ('SELF_OCCUPIED', 'RENTED', 'VACANT', 'BUSINESS', 'UNKNOWN')) not null default 'UNKNOWN', "lat" double precision null, "lng" double precision null, constraint "house_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "house_grid_id_index" on "house" ("grid_id");`);
    this.addSql(`create index house_region_code_prefix_idx on house (region_code text_pattern_ops, id);`);
    this.addSql(`alter table "house" add constraint "house_region_address_key" unique ("region_code", "address_key");`);

    this.addSql(
      `create table "organization" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "credit_code" text null, "name" text not null, "kind" text check ("kind" in ('SOCIAL_GROUP', 'PRIVATE_NON_ENTERPRISE', 'FOUNDATION', 'ENTERPRISE', 'OTHER')) not null default 'OTHER', "legal_representative_id" uuid null, "address" text null, "house_id" uuid null, "region_code" varchar(12) null, "state" text check ("state" in ('ACTIVE', 'DEREGISTERED', 'REVOKED')) not null default 'ACTIVE', "registered_on" date null, constraint "organization_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "organization" add constraint "organization_credit_code_unique" unique ("credit_code");`);
    this.addSql(
      `create index "organization_legal_representative_id_index" on "organization" ("legal_representative_id");`,
    );
    this.addSql(`create index "organization_house_id_index" on "organization" ("house_id");`);
    this.addSql(`create index organization_region_code_prefix_idx on organization (region_code text_pattern_ops, id);`);

    this.addSql(
      `create table "hub_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "kind" text check ("kind" in ('DISPUTE', 'PETITION', 'INCIDENT', 'MEDIATION', 'HAZARD', 'REQUEST')) not null, "category" text null, "summary" text not null, "occurred_at" timestamptz null, "reported_at" timestamptz not null, "region_code" varchar(12) null, "grid_id" uuid null, "house_id" uuid null, "status" text check ("status" in ('REPORTED', 'ACCEPTED', 'REJECTED', 'DUPLICATE', 'ASSESSED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'FOLLOWED_UP', 'CLOSED')) not null default 'REPORTED', "risk_level" text check ("risk_level" in ('LOW', 'MEDIUM', 'HIGH', 'MAJOR')) null, "tier" text check ("tier" in ('GRID', 'VILLAGE', 'TOWN', 'COUNTY')) not null default 'GRID', "deadline" timestamptz null, "details" jsonb not null default '{}', "source_topic" text null, "source_key" text null, "version" int not null default 1, constraint "hub_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "hub_event_grid_id_index" on "hub_event" ("grid_id");`);
    this.addSql(`create index "hub_event_house_id_index" on "hub_event" ("house_id");`);
    this.addSql(
      `create unique index hub_event_source_idx on hub_event (source_topic, source_key) where source_topic is not null;`,
    );
    this.addSql(`create index "hub_event_kind_status_idx" on "hub_event" ("kind", "status");`);
    this.addSql(`create index "hub_event_reported_idx" on "hub_event" ("reported_at", "id");`);
    this.addSql(
      `create index hub_event_region_reported_idx on hub_event (region_code text_pattern_ops, reported_at desc, id desc);`,
    );

    this.addSql(
      `create table "event_party" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "event_id" uuid not null, "person_id" uuid null, "organization_id" uuid null, "role" text check ("role" in ('PETITIONER', 'REPORTER', 'PARTY', 'VICTIM', 'SUSPECT', 'APPLICANT', 'RESPONDENT', 'OTHER')) not null, "mention_path" text null, constraint "event_party_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "event_party_event_id_index" on "event_party" ("event_id");`);
    this.addSql(`create index "event_party_person_id_index" on "event_party" ("person_id");`);
    this.addSql(`create index "event_party_organization_id_index" on "event_party" ("organization_id");`);

    this.addSql(
      `create table "event_link" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "from_id" uuid not null, "to_id" uuid not null, "kind" text check ("kind" in ('RELATED', 'DUPLICATE')) not null, "reason" text null, constraint "event_link_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "event_link_from_id_index" on "event_link" ("from_id");`);
    this.addSql(`create index "event_link_to_id_index" on "event_link" ("to_id");`);
    this.addSql(
      `alter table "event_link" add constraint "event_link_from_id_to_id_kind_unique" unique ("from_id", "to_id", "kind");`,
    );

    this.addSql(
      `create table "residence" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "person_id" uuid not null, "house_id" uuid not null, "kind" text check ("kind" in ('REGISTERED', 'FLOATING', 'TENANT', 'OWNER', 'LANDLORD')) not null, "valid_from" date null, "valid_to" date null, "source_topic" text null, "source_key" text null, constraint "residence_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "residence_person_id_index" on "residence" ("person_id");`);
    this.addSql(`create index "residence_house_id_index" on "residence" ("house_id");`);

    this.addSql(
      `create table "source_record" ("id" uuid not null, "topic" text not null, "key" text not null, "version" text null, "version_order" bigint null, "operation" text not null default 'UPSERT', "received_at" timestamptz not null default now(), "payload" jsonb not null, "content_hash" text not null, "partition" int null, "offset" bigint null, constraint "source_record_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "source_record_topic_key_idx" on "source_record" ("topic", "key", "received_at");`);
    this.addSql(
      `alter table "source_record" add constraint "source_record_content_key" unique ("topic", "key", "content_hash");`,
    );

    this.addSql(
      `create table "mention" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "source_record_id" uuid not null, "path" text not null, "entity_type" text check ("entity_type" in ('PERSON', 'HOUSE', 'ORGANIZATION', 'EVENT')) not null, "person_id" uuid null, "house_id" uuid null, "organization_id" uuid null, "rule" text null, "evidence" jsonb not null default '{}', constraint "mention_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "mention_source_record_id_index" on "mention" ("source_record_id");`);
    this.addSql(`create index "mention_person_id_index" on "mention" ("person_id");`);
    this.addSql(`create index "mention_house_id_index" on "mention" ("house_id");`);
    this.addSql(`create index "mention_organization_id_index" on "mention" ("organization_id");`);
    this.addSql(
      `alter table "mention" add constraint "mention_source_path_key" unique ("source_record_id", "path", "entity_type");`,
    );

    this.addSql(
      `create table "assertion" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "entity_type" text check ("entity_type" in ('PERSON', 'HOUSE', 'ORGANIZATION', 'EVENT')) not null, "entity_id" uuid not null, "field" text not null, "value" jsonb not null, "source_record_id" uuid not null, "path" text not null, "department" text not null, "observed_at" timestamptz not null, constraint "assertion_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "assertion_source_record_id_index" on "assertion" ("source_record_id");`);
    this.addSql(`create index "assertion_entity_field_idx" on "assertion" ("entity_type", "entity_id", "field");`);

    this.addSql(
      `alter table "region" add constraint "region_parent_code_foreign" foreign key ("parent_code") references "region" ("code") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "grid" add constraint "grid_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "grid" add constraint "grid_parent_id_foreign" foreign key ("parent_id") references "grid" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "person" add constraint "person_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "person" add constraint "person_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "person" add constraint "person_merged_into_id_foreign" foreign key ("merged_into_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "person_tag" add constraint "person_tag_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "house" add constraint "house_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "house" add constraint "house_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "organization" add constraint "organization_legal_representative_id_foreign" foreign key ("legal_representative_id") references "person" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "organization" add constraint "organization_house_id_foreign" foreign key ("house_id") references "house" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "organization" add constraint "organization_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "hub_event" add constraint "hub_event_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "hub_event" add constraint "hub_event_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "hub_event" add constraint "hub_event_house_id_foreign" foreign key ("house_id") references "house" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "event_party" add constraint "event_party_event_id_foreign" foreign key ("event_id") references "hub_event" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "event_party" add constraint "event_party_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "event_party" add constraint "event_party_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "event_link" add constraint "event_link_from_id_foreign" foreign key ("from_id") references "hub_event" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "event_link" add constraint "event_link_to_id_foreign" foreign key ("to_id") references "hub_event" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "residence" add constraint "residence_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "residence" add constraint "residence_house_id_foreign" foreign key ("house_id") references "house" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "mention" add constraint "mention_source_record_id_foreign" foreign key ("source_record_id") references "source_record" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "mention" add constraint "mention_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "mention" add constraint "mention_house_id_foreign" foreign key ("house_id") references "house" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "mention" add constraint "mention_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "assertion" add constraint "assertion_source_record_id_foreign" foreign key ("source_record_id") references "source_record" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "region" drop constraint "region_parent_code_foreign";`);

    this.addSql(`alter table "grid" drop constraint "grid_region_code_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_region_code_foreign";`);

    this.addSql(`alter table "house" drop constraint "house_region_code_foreign";`);

    this.addSql(`alter table "organization" drop constraint "organization_region_code_foreign";`);

    this.addSql(`alter table "hub_event" drop constraint "hub_event_region_code_foreign";`);

    this.addSql(`alter table "grid" drop constraint "grid_parent_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_grid_id_foreign";`);

    this.addSql(`alter table "house" drop constraint "house_grid_id_foreign";`);

    this.addSql(`alter table "hub_event" drop constraint "hub_event_grid_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_merged_into_id_foreign";`);

    this.addSql(`alter table "person_tag" drop constraint "person_tag_person_id_foreign";`);

    this.addSql(`alter table "organization" drop constraint "organization_legal_representative_id_foreign";`);

    this.addSql(`alter table "event_party" drop constraint "event_party_person_id_foreign";`);

    this.addSql(`alter table "residence" drop constraint "residence_person_id_foreign";`);

    this.addSql(`alter table "mention" drop constraint "mention_person_id_foreign";`);

    this.addSql(`alter table "organization" drop constraint "organization_house_id_foreign";`);

    this.addSql(`alter table "hub_event" drop constraint "hub_event_house_id_foreign";`);

    this.addSql(`alter table "residence" drop constraint "residence_house_id_foreign";`);

    this.addSql(`alter table "mention" drop constraint "mention_house_id_foreign";`);

    this.addSql(`alter table "event_party" drop constraint "event_party_organization_id_foreign";`);

    this.addSql(`alter table "mention" drop constraint "mention_organization_id_foreign";`);

    this.addSql(`alter table "event_party" drop constraint "event_party_event_id_foreign";`);

    this.addSql(`alter table "event_link" drop constraint "event_link_from_id_foreign";`);

    this.addSql(`alter table "event_link" drop constraint "event_link_to_id_foreign";`);

    this.addSql(`alter table "mention" drop constraint "mention_source_record_id_foreign";`);

    this.addSql(`alter table "assertion" drop constraint "assertion_source_record_id_foreign";`);

    this.addSql(`drop table if exists "region" cascade;`);

    this.addSql(`drop table if exists "grid" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "person_tag" cascade;`);

    this.addSql(`drop table if exists "house" cascade;`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "hub_event" cascade;`);

    this.addSql(`drop table if exists "event_party" cascade;`);

    this.addSql(`drop table if exists "event_link" cascade;`);

    this.addSql(`drop table if exists "residence" cascade;`);

    this.addSql(`drop table if exists "source_record" cascade;`);

    this.addSql(`drop table if exists "mention" cascade;`);

    this.addSql(`drop table if exists "assertion" cascade;`);
  }
}
