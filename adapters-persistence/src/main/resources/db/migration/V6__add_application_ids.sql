-- The application that placed each call (its token's appid): callback notifications are addressed to it.
-- Calls stored before tokens existed were all placed by the one default application.
alter table calls add column application_id varchar(256);
update calls set application_id = '00000000-0000-0000-0000-000000000002' where application_id is null;
alter table calls alter column application_id set not null;

-- Whom a callback notification is addressed to: the audience of the token it carries (null: no token, as for
-- change notifications, which carry their clientState instead).
alter table notification_outbox add column audience varchar(256);
