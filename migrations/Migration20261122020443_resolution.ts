import { Migration } from '@mikro-orm/migrations';

export class Migration20261122020443_resolution extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "outbox" ("id" bigserial primary key, "entity_type" text not null, "entity_id" uuid not null, "change" text not null, "payload" jsonb not null default '{}', "created_at" timestamptz not null default now(), "published_at" timestamptz null);`,
    );
    this.addSql(`create index outbox_unpublished_idx on outbox (id) where published_at is null;`);

    this.addSql(
      `create table "person_match_key" ("key" text not null, "person_id" uuid not null, constraint "person_match_key_pkey" primary key ("key", "person_id"));`,
    );
    this.addSql(`create index "person_match_key_person_idx" on "person_match_key" ("person_id");`);

    this.addSql(
      `create table "person_profile" ("person_id" uuid not null, "name_keys" text[] not null default '{}', "pinyins" text[] not null default '{}', "phones" text[] not null default '{}', "birth_dates" text[] not null default '{}', "genders" text[] not null default '{}', "addresses" text[] not null default '{}', "localities" text[] not null default '{}', "valid_ids" text[] not null default '{}', "invalid_ids" text[] not null default '{}', constraint "person_profile_pkey" primary key ("person_id"));`,
    );

    this.addSql(
      `create table "possible_match" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "person_a_id" uuid not null, "person_b_id" uuid not null, "score" int not null, "evidence" jsonb not null default '{}', "region_code" text null, "status" text check ("status" in ('OPEN', 'MERGED', 'DISTINCT')) not null default 'OPEN', constraint "possible_match_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "possible_match_person_a_id_index" on "possible_match" ("person_a_id");`);
    this.addSql(`create index "possible_match_person_b_id_index" on "possible_match" ("person_b_id");`);
    this.addSql(
      `create index possible_match_open_region_idx on possible_match (region_code text_pattern_ops, id) where status = 'OPEN';`,
    );
    this.addSql(
      `alter table "possible_match" add constraint "possible_match_pair_key" unique ("person_a_id", "person_b_id");`,
    );

    this.addSql(
      `create table "distinct_pair" ("person_a_id" uuid not null, "person_b_id" uuid not null, "judgement_id" uuid not null, "created_at" timestamptz not null default now(), constraint "distinct_pair_pkey" primary key ("person_a_id", "person_b_id"));`,
    );
    this.addSql(`create index "distinct_pair_person_b_id_index" on "distinct_pair" ("person_b_id");`);

    this.addSql(
      `create table "resolution_judgement" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "action" text check ("action" in ('MERGE', 'SPLIT', 'DISTINCT', 'AUTO_MERGE')) not null, "actor" text not null, "reason" text not null, "person_ids" text[] not null, "details" jsonb not null default '{}', constraint "resolution_judgement_pkey" primary key ("id"));`,
    );
    this.addSql(`create index resolution_judgement_people_idx on resolution_judgement using gin (person_ids);`);

    this.addSql(
      `alter table "possible_match" add constraint "possible_match_person_a_id_foreign" foreign key ("person_a_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "possible_match" add constraint "possible_match_person_b_id_foreign" foreign key ("person_b_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "distinct_pair" add constraint "distinct_pair_person_a_id_foreign" foreign key ("person_a_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "distinct_pair" add constraint "distinct_pair_person_b_id_foreign" foreign key ("person_b_id") references "person" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbox" cascade;`);

    this.addSql(`drop table if exists "person_match_key" cascade;`);

    this.addSql(`drop table if exists "person_profile" cascade;`);

    this.addSql(`drop table if exists "possible_match" cascade;`);

    this.addSql(`drop table if exists "distinct_pair" cascade;`);

    this.addSql(`drop table if exists "resolution_judgement" cascade;`);
  }
}
