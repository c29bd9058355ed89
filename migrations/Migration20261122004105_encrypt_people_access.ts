import { Migration } from '@mikro-orm/migrations';
import { sealClearPersonColumns } from '../src/access/reseal';

export class Migration20261122004105_encrypt_people_access extends Migration {
  /**
   * Access control: clients, the hash-chained access ledger (append-only: a trigger rejects UPDATE
   * and DELETE), and identity numbers and phones sealed at rest with blind indexes. Existing clear
   * values are sealed here with the keyring the hub loads before migrating, then the clear
   * columns are dropped. Statements run in order through execute() because the data step sits
   * between them.
   */
  override async up(): Promise<void> {
    const run = (sql: string, params?: unknown[]) => this.execute(sql, params) as Promise<Record<string, any>[]>;
    await run(
      `create table "access_client" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" text not null, "department" text check ("department" in ('HUB', 'PETITIONS', 'JUSTICE', 'POLICE', 'CIVIL_AFFAIRS', 'GOVERNANCE_CENTER')) not null, "kind" text check ("kind" in ('SYSTEM', 'APP')) not null default 'SYSTEM', "roles" text[] not null, "region_code" text null, "grid_id" uuid null, "member_id" text null, "api_key_hash" text null, "rate_limit_per_minute" int null, "max_depth" int null, "max_cost" int null, "max_page_size" int null, "revoked_at" timestamptz null, constraint "access_client_pkey" primary key ("id"));`,
    );
    await run(
      `alter table "access_client" add constraint "access_client_api_key_hash_unique" unique ("api_key_hash");`,
    );

    await run(
      `create table "access_ledger" ("seq" bigint not null, "at" timestamptz not null, "client_id" uuid not null, "client_name" text not null, "department" text not null, "member_id" text null, "person_ids" text[] not null, "fields" text[] not null, "purpose" text null, "request_id" text not null, "prev_hash" text not null, "hash" text not null, constraint "access_ledger_pkey" primary key ("seq"));`,
    );
    await run(`create index access_ledger_person_ids_idx on access_ledger using gin (person_ids);`);
    await run(
      `create table "access_ledger_head" ("id" int not null default 1, "seq" bigint not null, "hash" text not null, constraint "access_ledger_head_pkey" primary key ("id"));`,
    );
    await run(`insert into access_ledger_head (id, seq, hash) values (1, 0, repeat('0', 64));`);
    await run(`create function access_ledger_append_only() returns trigger language plpgsql as $$
      begin raise exception 'the access ledger is append-only'; end $$;`);
    await run(`create trigger access_ledger_append_only before update or delete on access_ledger
      for each row execute function access_ledger_append_only();`);

    await run(
      `alter table "person" add column "identity_number_enc" text null, add column "identity_number_bidx" text null, add column "phones_enc" text[] not null default '{}', add column "phone_bidx" text[] not null default '{}';`,
    );
    await run(`drop index if exists person_identity_number_idx;`);
    await sealClearPersonColumns(run);
    await run(`alter table "person" drop column "identity_number", drop column "phones";`);
    await run(
      `create unique index person_identity_number_idx on person (identity_number_bidx) where identity_number_valid and merged_into_id is null;`,
    );
    await run(`create index person_phone_bidx_idx on person using gin (phone_bidx);`);
  }

  override async down(): Promise<void> {
    throw new Error('sealing identity numbers and phones is not reverted: that would write them back in clear text');
  }
}
