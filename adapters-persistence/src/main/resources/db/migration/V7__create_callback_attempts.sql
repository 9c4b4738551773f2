-- The history of callback deliveries (CallbackDeliveryLog): one row per attempt to POST a notification of the outbox
-- to its call's callbackUri, written by the dispatcher after each attempt, read by the console's query. It stays
-- bounded: each notification keeps only its last attempts (CallbackDelivery.KEPT_ATTEMPTS, enforced by the adapter
-- on every write), and a periodic purge deletes attempts older than switchboard.notifications.history-retention.
-- Plain SQL both PostgreSQL and H2 (PostgreSQL mode) understand, like V1.
create table callback_attempts (
    tenant_id                  varchar(256)   not null,
    notification_id            varchar(256)   not null,
    attempt_number             integer        not null,
    call_id                    varchar(256)   not null,
    attempted_date_time        timestamp with time zone not null,
    change_type                varchar(64)    not null,
    resource_url               text           not null,
    status_code                integer,
    outcome                    varchar(16)    not null,
    constraint callback_attempts_pk primary key (tenant_id, notification_id, attempt_number),
    constraint callback_attempts_number_positive check (attempt_number >= 1)
);

-- A call's latest attempts (findLatest), the console's query. The hourly purge scans across tenants without an index
-- of its own, like the subscriptions purge: every index leads with tenant_id (ADR 0007), and the table stays small.
create index callback_attempts_by_call on callback_attempts (tenant_id, call_id, attempted_date_time);
