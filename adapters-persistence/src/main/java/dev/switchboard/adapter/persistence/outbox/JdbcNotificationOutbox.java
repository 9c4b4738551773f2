package dev.switchboard.adapter.persistence.outbox;

import dev.switchboard.adapter.persistence.support.ColumnMappings;
import dev.switchboard.adapter.persistence.support.Database;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox of callback notifications in {@code notification_outbox}. {@link #append} joins the caller's
 * transaction, which is what makes the outbox transactional. {@link #claimDue} hands out the head row of each call
 * (never a later one while an earlier one waits) under a lease, and {@link #claimDueRuns} also the rows queued behind
 * each head, for a dispatcher that sends a call's messages one after another. The heads are locked with
 * {@code FOR UPDATE SKIP LOCKED}, so instances sharing a database pass over each other's rows instead of waiting, and
 * the lease makes a claim stick after that short transaction, until the row is delivered, rescheduled or the lease
 * runs out (a crashed instance).
 */
public final class JdbcNotificationOutbox {

    private static final String COLUMNS = """
            tenant_id, id, sequence, call_id, callback_uri, audience, body, attempts, created_date_time,
            next_attempt_date_time""";
    private static final RowMapper<OutboxMessage> ROWS = (rs, row) -> new OutboxMessage(
            rs.getString("tenant_id"), rs.getString("id"), rs.getLong("sequence"), rs.getString("call_id"),
            rs.getString("callback_uri"), rs.getString("audience"), rs.getString("body"), rs.getInt("attempts"),
            ColumnMappings.instant(rs.getObject("created_date_time", OffsetDateTime.class)),
            ColumnMappings.instant(rs.getObject("next_attempt_date_time", OffsetDateTime.class)));

    private final Database db;

    public JdbcNotificationOutbox(Database db) {
        this.db = db;
    }

    /** Writes a notification addressed to no one in particular (a change notification), as {@link #append}. */
    public void append(String tenantId, String id, String callId, String callbackUri, String body, Instant now) {
        append(tenantId, id, callId, callbackUri, null, body, now);
    }

    /**
     * Writes a notification, in the caller's transaction; it is due at once. {@code audience} is the application it
     * is addressed to, which the token sent with it will name.
     */
    public void append(String tenantId, String id, String callId, String callbackUri, String audience, String body,
                       Instant now) {
        db.insert("The notification " + id + " is already in the outbox.", () -> db.sql().sql("""
                        insert into notification_outbox (tenant_id, id, call_id, callback_uri, audience, body,
                                                         attempts, created_date_time, next_attempt_date_time)
                        values (:tenantId, :id, :callId, :callbackUri, :audience, :body, 0, :now, :now)""")
                .param("tenantId", tenantId)
                .param("id", id)
                .param("callId", callId)
                .param("callbackUri", callbackUri)
                .param("audience", audience)
                .param("body", body)
                .param("now", ColumnMappings.timestamp(now))
                .update());
    }

    /**
     * Claims up to {@code limit} due messages for {@code lease}, each the earliest waiting row of its call, in
     * sequence order. A message claimed here is not handed out again until the lease ends.
     */
    public List<OutboxMessage> claimDue(Instant now, Duration lease, int limit) {
        return claimDueRuns(now, lease, limit, 1).stream().map(OutboxRun::head).toList();
    }

    /**
     * Claims the due heads of up to {@code queues} calls for {@code lease}, as {@link #claimDue}, each with up to
     * {@code perQueue - 1} of the messages that wait behind it, in order. Only the head is marked as claimed: no other
     * instance hands out a later message of a call while its head is there, so holding the head holds the queue.
     */
    public List<OutboxRun> claimDueRuns(Instant now, Duration lease, int queues, int perQueue) {
        if (queues < 1 || perQueue < 1) {
            throw new IllegalArgumentException("queues and perQueue must be positive");
        }
        return db.atomically(() -> {
            // the heads come from one pass over the (tenant_id, call_id, sequence) index; asking "is there an
            // earlier row?" of every row instead costs one probe per row, and a backlog grows quadratically
            List<OutboxMessage> heads = db.sql().sql("select " + COLUMNS + """
                             from notification_outbox o
                            where o.sequence in (select min(h.sequence) from notification_outbox h
                                                  group by h.tenant_id, h.call_id)
                              and o.next_attempt_date_time <= :now
                              and (o.claimed_until_date_time is null or o.claimed_until_date_time < :now)
                            order by o.sequence
                            limit :limit
                            for update skip locked""")
                    .param("now", ColumnMappings.timestamp(now))
                    .param("limit", queues)
                    .query(ROWS)
                    .list();
            // one round trip claims them all; a head another instance claimed meanwhile stays its
            int[] claimed = db.batch("""
                    update notification_outbox set claimed_until_date_time = :until
                     where tenant_id = :tenantId and id = :id
                       and (claimed_until_date_time is null or claimed_until_date_time < :now)""", heads.stream()
                    .map(head -> new MapSqlParameterSource("until", ColumnMappings.timestamp(now.plus(lease)))
                            .addValue("now", ColumnMappings.timestamp(now))
                            .addValue("tenantId", head.tenantId())
                            .addValue("id", head.id()))
                    .toList());
            List<OutboxRun> runs = new ArrayList<>(heads.size());
            for (int i = 0; i < heads.size(); i++) {
                if (claimed[i] != 0) { // a driver may answer SUCCESS_NO_INFO (-2) for a row it did change
                    OutboxMessage head = heads.get(i);
                    runs.add(new OutboxRun(perQueue == 1 ? List.of(head) : withFollowers(head, perQueue - 1)));
                }
            }
            return runs;
        });
    }

    /** The head and up to {@code followers} of the rows queued behind it in its call, in order. */
    private List<OutboxMessage> withFollowers(OutboxMessage head, int followers) {
        List<OutboxMessage> run = new ArrayList<>(followers + 1);
        run.add(head);
        run.addAll(db.sql().sql("select " + COLUMNS + """
                         from notification_outbox o
                        where o.tenant_id = :tenantId and o.call_id = :callId and o.sequence > :after
                        order by o.tenant_id, o.call_id, o.sequence
                        limit :limit""")
                .param("tenantId", head.tenantId())
                .param("callId", head.callId())
                .param("after", head.sequence())
                .param("limit", followers)
                .query(ROWS)
                .list());
        return run;
    }

    /** The message arrived (or was given up): it leaves the outbox, and the call's next one becomes its head. */
    public void remove(OutboxMessage message) {
        removeAll(List.of(message));
    }

    /** The messages arrived (or were given up): they leave the outbox together, in one round trip. */
    public void removeAll(List<OutboxMessage> messages) {
        db.run(() -> {
            db.batch("delete from notification_outbox where tenant_id = :tenantId and id = :id", messages.stream()
                    .map(message -> new MapSqlParameterSource("tenantId", message.tenantId())
                            .addValue("id", message.id()))
                    .toList());
            return null;
        });
    }

    /**
     * Gives a claimed message back unattempted (its instance is stopping): it is due again at once, for any instance,
     * instead of waiting out the lease, which would hold up the rest of its call's queue as well.
     */
    public void release(OutboxMessage message) {
        db.run(() -> db.sql().sql("""
                        update notification_outbox set claimed_until_date_time = null
                         where tenant_id = :tenantId and id = :id""")
                .param("tenantId", message.tenantId())
                .param("id", message.id())
                .update());
    }

    /** The attempt failed: count it, release the claim, and try again at {@code nextAttempt}. */
    public void retryAt(OutboxMessage message, Instant nextAttempt) {
        db.run(() -> db.sql().sql("""
                        update notification_outbox
                           set attempts = attempts + 1, next_attempt_date_time = :next, claimed_until_date_time = null
                         where tenant_id = :tenantId and id = :id""")
                .param("next", ColumnMappings.timestamp(nextAttempt))
                .param("tenantId", message.tenantId())
                .param("id", message.id())
                .update());
    }
}
