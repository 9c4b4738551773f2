package dev.switchboard.adapter.persistence.subscription;

import dev.switchboard.adapter.persistence.support.ColumnMappings;
import dev.switchboard.adapter.persistence.support.Database;
import dev.switchboard.adapter.persistence.support.SqlParams;
import dev.switchboard.application.port.out.SubscriptionRepository;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.subscription.Subscription;
import dev.switchboard.domain.subscription.SubscriptionChangeType;
import dev.switchboard.domain.subscription.SubscriptionId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Subscriptions in {@code subscriptions}, one row each, written optimistically like the other aggregates. */
public final class JdbcSubscriptionRepository implements SubscriptionRepository {

    private static final String COLUMNS = """
            tenant_id, id, version, resource, change_type, notification_url, expiration_date_time, client_state,
            application_id, creator_id""";
    private static final RowMapper<Subscription> ROWS = (rs, row) -> new Subscription(
            ColumnMappings.tenant(rs.getString("tenant_id")), SubscriptionId.of(rs.getString("id")),
            rs.getString("resource"), SubscriptionChangeType.parse(rs.getString("change_type")),
            URI.create(rs.getString("notification_url")),
            ColumnMappings.instant(rs.getObject("expiration_date_time", OffsetDateTime.class)),
            Optional.ofNullable(rs.getString("client_state")), rs.getString("application_id"),
            Optional.ofNullable(rs.getString("creator_id")), rs.getLong("version"));

    private final Database db;

    public JdbcSubscriptionRepository(Database db) {
        this.db = db;
    }

    @Override
    public Subscription insert(Subscription subscription) {
        return db.insert("The subscription " + subscription.id() + " already exists.", () -> {
            bind(db.sql().sql("insert into subscriptions (" + COLUMNS + """
                    ) values (:tenantId, :id, :version, :resource, :changeType, :notificationUrl, :expirationDateTime,
                              :clientState, :applicationId, :creatorId)"""), subscription).update();
            return subscription;
        });
    }

    @Override
    public Subscription update(Subscription revised, long readVersion) {
        db.updateVersioned("""
                        update subscriptions
                           set version = :version, expiration_date_time = :expirationDateTime
                         where tenant_id = :tenantId and id = :id and version = :readVersion""",
                SqlParams.of(new VersionedExpiry(revised.tenantId().value(), revised.id().value(), revised.version(),
                        ColumnMappings.timestamp(revised.expirationDateTime()))),
                readVersion, "Subscription " + revised.id());
        return revised;
    }

    /** The columns a renewal writes. */
    record VersionedExpiry(String tenantId, String id, long version, OffsetDateTime expirationDateTime) {
    }

    @Override
    public Optional<Subscription> find(TenantId tenantId, SubscriptionId id) {
        return db.run(() -> db.sql().sql("select " + COLUMNS + " from subscriptions where tenant_id = :tenantId and id = :id")
                .param("tenantId", tenantId.value())
                .param("id", id.value())
                .query(ROWS)
                .optional());
    }

    @Override
    public boolean delete(TenantId tenantId, SubscriptionId id) {
        return db.run(() -> db.sql().sql("delete from subscriptions where tenant_id = :tenantId and id = :id")
                .param("tenantId", tenantId.value())
                .param("id", id.value())
                .update()) > 0;
    }

    @Override
    public List<Subscription> findUnexpired(TenantId tenantId, String resource, Instant now) {
        return db.run(() -> db.sql().sql("select " + COLUMNS + """
                         from subscriptions
                        where tenant_id = :tenantId and resource = :resource and expiration_date_time > :now
                        order by id""")
                .param("tenantId", tenantId.value())
                .param("resource", resource)
                .param("now", ColumnMappings.timestamp(now))
                .query(ROWS)
                .list());
    }

    @Override
    public List<Subscription> findPage(TenantId tenantId, Optional<SubscriptionId> after, Instant now, int limit) {
        // keyset paging over the primary key, as for calls: every id is non-empty, so '' starts before the first
        return db.run(() -> db.sql().sql("select " + COLUMNS + """
                         from subscriptions
                        where tenant_id = :tenantId and id > :after and expiration_date_time > :now
                        order by tenant_id, id
                        limit :limit""")
                .param("tenantId", tenantId.value())
                .param("after", after.map(SubscriptionId::value).orElse(""))
                .param("now", ColumnMappings.timestamp(now))
                .param("limit", limit)
                .query(ROWS)
                .list());
    }

    @Override
    public int purgeExpired(Instant now, int limit) {
        // the keys first, then the rows: H2 may evaluate a limited sub-select again for each row it deletes, and so
        // delete more than the limit in one statement
        return db.atomically(() -> {
            List<Key> due = db.sql().sql("""
                            select tenant_id, id from subscriptions
                             where expiration_date_time <= :now
                             order by expiration_date_time
                             limit :limit""")
                    .param("now", ColumnMappings.timestamp(now))
                    .param("limit", limit)
                    .query((row, number) -> new Key(row.getString("tenant_id"), row.getString("id")))
                    .list();
            int purged = 0;
            for (Key key : due) {
                purged += db.sql().sql("delete from subscriptions where tenant_id = :tenantId and id = :id")
                        .param("tenantId", key.tenantId())
                        .param("id", key.id())
                        .update();
            }
            return purged;
        });
    }

    private record Key(String tenantId, String id) {
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Subscription subscription) {
        return statement
                .param("tenantId", subscription.tenantId().value())
                .param("id", subscription.id().value())
                .param("version", subscription.version())
                .param("resource", subscription.resource())
                .param("changeType", subscription.changeType())
                .param("notificationUrl", subscription.notificationUrl().toString())
                .param("expirationDateTime", ColumnMappings.timestamp(subscription.expirationDateTime()))
                .param("clientState", subscription.clientState().orElse(null))
                .param("applicationId", subscription.applicationId())
                .param("creatorId", subscription.creatorId().orElse(null));
    }
}
