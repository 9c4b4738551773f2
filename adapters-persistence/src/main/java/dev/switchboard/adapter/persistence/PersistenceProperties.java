package dev.switchboard.adapter.persistence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The adapter's settings under {@code switchboard.persistence}.
 *
 * @param statementTimeout how long one statement may run before it is cancelled and the caller hears "unavailable"
 *                         ({@code 30s} unless set; the data source's own pool settings bound the wait for a connection)
 */
@ConfigurationProperties("switchboard.persistence")
record PersistenceProperties(@DefaultValue("30s") Duration statementTimeout) {
}
