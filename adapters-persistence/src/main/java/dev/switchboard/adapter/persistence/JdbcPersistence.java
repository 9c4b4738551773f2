package dev.switchboard.adapter.persistence;

import dev.switchboard.adapter.persistence.call.JdbcCallRepository;
import dev.switchboard.adapter.persistence.callrecord.JdbcCallRecordRepository;
import dev.switchboard.adapter.persistence.callrecord.JdbcCallRecordSearch;
import dev.switchboard.adapter.persistence.lifecycle.JdbcLifecycleTimers;
import dev.switchboard.adapter.persistence.notification.JdbcCallbackDeliveryLog;
import dev.switchboard.adapter.persistence.operation.JdbcOperationRepository;
import dev.switchboard.adapter.persistence.outbox.JdbcNotificationOutbox;
import dev.switchboard.adapter.persistence.participant.JdbcParticipantRepository;
import dev.switchboard.adapter.persistence.participant.JdbcRosterSequence;
import dev.switchboard.adapter.persistence.subscription.JdbcSubscriptionRepository;
import dev.switchboard.adapter.persistence.support.Database;
import dev.switchboard.adapter.persistence.support.JdbcTransactionRunner;
import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.application.port.out.CallRecordSearch;
import dev.switchboard.application.port.out.CallbackDeliveryLog;
import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.port.out.LifecycleTimers;
import dev.switchboard.application.port.out.OperationRepository;
import dev.switchboard.application.port.out.ParticipantRepository;
import dev.switchboard.application.port.out.RosterSequence;
import dev.switchboard.application.port.out.SubscriptionRepository;
import dev.switchboard.application.port.out.TransactionRunner;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * The persistence adapter in one piece: every repository port and the {@link TransactionRunner}, all over one
 * {@link DataSource}. A program that embeds Switchboard without Spring needs nothing else:
 *
 * <pre>{@code
 * JdbcPersistence persistence = JdbcPersistence.create(dataSource);   // migrates the schema, then builds the ports
 * OutboundPorts ports = new OutboundPorts(persistence.calls(), persistence.participants(),
 *         persistence.rosterSequence(), persistence.operations(), persistence.callRecords(),
 *         persistence.callRecordSearch(), ids, persistence.transactions(), events, eventSource,
 *         persistence.timers(), persistence.subscriptions(), subscriptionValidator,
 *         persistence.callbackDeliveries(), Clock.systemUTC());
 * }</pre>
 *
 * Under Spring Boot, {@link PersistenceConfiguration} builds it with {@link #over} from Boot's data source and
 * transaction manager, and Boot's own Flyway support migrates the schema at start-up.
 */
public final class JdbcPersistence {

    /** Where the migrations are, for Flyway. */
    public static final String MIGRATIONS = "classpath:db/migration";
    /** How long one statement may run before it is cancelled and the caller hears "unavailable". */
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(30);

    private final CallRepository calls;
    private final ParticipantRepository participants;
    private final RosterSequence rosterSequence;
    private final OperationRepository operations;
    private final CallRecordRepository callRecords;
    private final CallRecordSearch callRecordSearch;
    private final TransactionRunner transactions;
    private final LifecycleTimers timers;
    private final JdbcNotificationOutbox notificationOutbox;
    private final SubscriptionRepository subscriptions;
    private final CallbackDeliveryLog callbackDeliveries;

    private JdbcPersistence(DataSource dataSource, PlatformTransactionManager transactionManager,
                            Duration statementTimeout) {
        Database db = new Database(dataSource, transactionManager, statementTimeout);
        this.calls = new JdbcCallRepository(db);
        this.participants = new JdbcParticipantRepository(db);
        this.rosterSequence = new JdbcRosterSequence(db);
        this.operations = new JdbcOperationRepository(db);
        this.callRecords = new JdbcCallRecordRepository(db);
        this.callRecordSearch = new JdbcCallRecordSearch(db);
        this.transactions = new JdbcTransactionRunner(transactionManager);
        this.timers = new JdbcLifecycleTimers(db);
        this.notificationOutbox = new JdbcNotificationOutbox(db);
        this.subscriptions = new JdbcSubscriptionRepository(db);
        this.callbackDeliveries = new JdbcCallbackDeliveryLog(db);
    }

    /** Brings the schema up to date (creating it in an empty database), then builds the adapter over it. */
    public static JdbcPersistence create(DataSource dataSource) {
        migrate(dataSource);
        return over(dataSource);
    }

    /** Applies the migrations the database has not seen yet, with Flyway's plain Java API. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate();
    }

    /** The adapter over a database whose schema is already up to date, with transactions of its own making. */
    public static JdbcPersistence over(DataSource dataSource) {
        return over(dataSource, new DataSourceTransactionManager(dataSource), DEFAULT_STATEMENT_TIMEOUT);
    }

    /**
     * The adapter over a database whose schema is already up to date.
     *
     * @param transactionManager manages transactions on {@code dataSource} (Boot's, in an application)
     */
    public static JdbcPersistence over(DataSource dataSource, PlatformTransactionManager transactionManager,
                                       Duration statementTimeout) {
        return new JdbcPersistence(dataSource, transactionManager, statementTimeout);
    }

    public CallRepository calls() {
        return calls;
    }

    public ParticipantRepository participants() {
        return participants;
    }

    public RosterSequence rosterSequence() {
        return rosterSequence;
    }

    public OperationRepository operations() {
        return operations;
    }

    public CallRecordRepository callRecords() {
        return callRecords;
    }

    public CallRecordSearch callRecordSearch() {
        return callRecordSearch;
    }

    public TransactionRunner transactions() {
        return transactions;
    }

    public LifecycleTimers timers() {
        return timers;
    }

    public SubscriptionRepository subscriptions() {
        return subscriptions;
    }

    /** The history of callback delivery attempts, which the dispatcher writes and the console's query reads. */
    public CallbackDeliveryLog callbackDeliveries() {
        return callbackDeliveries;
    }

    /** The outbox of callback notifications, for an event publisher and a dispatcher to share. */
    public JdbcNotificationOutbox notificationOutbox() {
        return notificationOutbox;
    }
}
