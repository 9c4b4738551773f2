-- Switchboard's schema. The same file runs on PostgreSQL 15 and on H2 2.x in PostgreSQL mode with lower-case
-- identifiers (MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE), so it keeps to SQL both understand.
--
-- Every table and every primary key leads with tenant_id: it is the distribution column on a sharded PostgreSQL
-- (Citus), so every statement, which always names one tenant, stays on one shard. Deep, open-ended values (identity
-- sets, media configuration, endpoints, media, dynamic properties) are JSON text written by the adapter; what a query
-- filters or sorts on is a column. docs/adr/0007 and 0008 give the reasons, and the query each index serves.
--
-- Aggregates refer to each other by key only, without foreign keys: each is written on its own (ADR 0002, 0005), and
-- a participant or operation may be stored before anything else is known about its call. Within the call record
-- aggregate, sessions and segments do have foreign keys to their record.

create table calls (
    tenant_id                  varchar(256)   not null,
    id                         varchar(256)   not null,
    version                    bigint         not null,
    kind                       varchar(16)    not null,
    state                      varchar(32)    not null,
    direction                  varchar(16)    not null,
    call_chain_id              text           not null,
    my_participant_id          varchar(256)   not null,
    callback_uri               text           not null,
    subject                    varchar(1024),
    source                     text,
    targets                    text           not null,
    requested_modalities       text           not null,
    media_config               text           not null,
    chat_info                  text,
    meeting_info               text,
    dynamic_properties         text           not null,
    result_code                integer,
    result_subcode             integer,
    result_message             varchar(1024),
    media_state                varchar(32),
    created_date_time          timestamp with time zone not null,
    last_keep_alive_date_time  timestamp with time zone not null,
    ended_date_time            timestamp with time zone,
    constraint calls_pk primary key (tenant_id, id),
    constraint calls_version_positive check (version >= 1)
);

-- The roster version of each call: RosterSequence.next raises last_number under the row's lock.
create table call_rosters (
    tenant_id                  varchar(256)   not null,
    call_id                    varchar(256)   not null,
    last_number                bigint         not null,
    constraint call_rosters_pk primary key (tenant_id, call_id)
);

create table participants (
    tenant_id                  varchar(256)   not null,
    call_id                    varchar(256)   not null,
    id                         varchar(256)   not null,
    version                    bigint         not null,
    info                       text           not null,
    metadata                   text,
    muted                      boolean        not null,
    in_lobby                   boolean        not null,
    media_streams              text           not null,
    recording_info             text,
    present                    boolean        not null,
    removed_reason             varchar(1024),
    roster_sequence_number     bigint         not null,
    joined_date_time           timestamp with time zone not null,
    left_date_time             timestamp with time zone,
    constraint participants_pk primary key (tenant_id, call_id, id),
    constraint participants_version_positive check (version >= 1),
    constraint participants_present_until_left check (present = (left_date_time is null))
);

-- The roster: ParticipantRepository.findPresent (keyset by id) and countPresent.
create index participants_present_by_id on participants (tenant_id, call_id, present, id);

create table operations (
    tenant_id                  varchar(256)   not null,
    call_id                    varchar(256)   not null,
    id                         varchar(256)   not null,
    version                    bigint         not null,
    kind                       varchar(32)    not null,
    invitees                   text,
    participant_id             varchar(256),
    status                     varchar(16)    not null,
    client_context             varchar(256),
    result_code                integer,
    result_subcode             integer,
    result_message             varchar(1024),
    created_date_time          timestamp with time zone not null,
    last_modified_date_time    timestamp with time zone not null,
    constraint operations_pk primary key (tenant_id, call_id, id),
    constraint operations_version_positive check (version >= 1)
);

create table call_records (
    tenant_id                  varchar(256)   not null,
    id                         varchar(256)   not null,
    version                    bigint         not null,
    type                       varchar(32)    not null,
    modalities                 text           not null,
    start_date_time            timestamp with time zone not null,
    end_date_time              timestamp with time zone not null,
    last_modified_date_time    timestamp with time zone not null,
    join_web_url               varchar(1024),
    organizer                  text,
    participants               text           not null,
    organizer_v2               text,
    participants_v2            text           not null,
    stored_date_time           timestamp with time zone not null,
    constraint call_records_pk primary key (tenant_id, id),
    constraint call_records_version_positive check (version >= 1)
);

-- The callRecords list without a participant filter: keyset on (start_date_time, id) within the tenant.
create index call_records_by_start on call_records (tenant_id, start_date_time, id);

-- One row per distinct participants_v2 id, for $filter=participants_v2/any(p:p/id eq '…'). The record's
-- start_date_time is repeated here so that the filtered list is one range scan in list order.
create table call_record_participants (
    tenant_id                  varchar(256)   not null,
    call_record_id             varchar(256)   not null,
    participant_id             varchar(1024)  not null,
    start_date_time            timestamp with time zone not null,
    constraint call_record_participants_pk primary key (tenant_id, call_record_id, participant_id),
    constraint call_record_participants_record_fk foreign key (tenant_id, call_record_id)
        references call_records (tenant_id, id) on delete cascade
);

create index call_record_participants_by_participant
    on call_record_participants (tenant_id, participant_id, start_date_time, call_record_id);

-- Sessions and segments keep the record's order (listSessions pages through it), so their keys are ordinals.
create table call_record_sessions (
    tenant_id                  varchar(256)   not null,
    call_record_id             varchar(256)   not null,
    ordinal                    integer        not null,
    id                         varchar(1024)  not null,
    caller                     text,
    callee                     text,
    start_date_time            timestamp with time zone not null,
    end_date_time              timestamp with time zone not null,
    modalities                 text           not null,
    is_test                    boolean,
    failure_info               text,
    constraint call_record_sessions_pk primary key (tenant_id, call_record_id, ordinal),
    constraint call_record_sessions_record_fk foreign key (tenant_id, call_record_id)
        references call_records (tenant_id, id) on delete cascade
);

create table call_record_segments (
    tenant_id                  varchar(256)   not null,
    call_record_id             varchar(256)   not null,
    session_ordinal            integer        not null,
    ordinal                    integer        not null,
    id                         varchar(1024)  not null,
    caller                     text,
    callee                     text,
    start_date_time            timestamp with time zone not null,
    end_date_time              timestamp with time zone not null,
    failure_info               text,
    media                      text           not null,
    constraint call_record_segments_pk primary key (tenant_id, call_record_id, session_ordinal, ordinal),
    constraint call_record_segments_session_fk foreign key (tenant_id, call_record_id, session_ordinal)
        references call_record_sessions (tenant_id, call_record_id, ordinal) on delete cascade
);
