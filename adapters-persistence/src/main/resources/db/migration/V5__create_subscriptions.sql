-- Graph change-notification subscriptions (POST /subscriptions), today only to /communications/callRecords. A row is
-- written once the notificationUrl has passed the validation handshake; PATCH moves expiration_date_time and raises
-- version. When a callRecord is created or updated, the tenant's unexpired rows for the resource are read in the same
-- transaction and one change notification per row goes into notification_outbox.
create table subscriptions (
    tenant_id                  varchar(256)   not null,
    id                         varchar(256)   not null,
    version                    bigint         not null,
    resource                   varchar(256)   not null,
    change_type                varchar(64)    not null,
    notification_url           text           not null,
    expiration_date_time       timestamp with time zone not null,
    client_state               varchar(128),
    application_id             varchar(256)   not null,
    creator_id                 varchar(256),
    constraint subscriptions_pk primary key (tenant_id, id)
);
