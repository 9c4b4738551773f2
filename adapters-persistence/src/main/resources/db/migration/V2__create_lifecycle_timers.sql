-- The lifecycle engine's pending work (LifecycleTimers): one row per call to establish or operation to finish, written
-- in the transaction of the change that set it, deleted in the transaction that does the work. Rows live seconds, so
-- the table stays small and the engine's cross-tenant scan for due rows needs no index of its own; the primary key
-- leads with tenant_id like every other (ADR 0007).
create table lifecycle_timers (
    tenant_id                  varchar(256)   not null,
    kind                       varchar(32)    not null,
    target_id                  varchar(256)   not null,
    call_id                    varchar(256)   not null,
    due_date_time              timestamp with time zone not null,
    constraint lifecycle_timers_pk primary key (tenant_id, kind, target_id)
);
