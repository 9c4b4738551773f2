package dev.switchboard.domain.subscription;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.InvalidInputException;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Graph change-notification subscription to {@code /communications/callRecords}: who wants to hear which changes,
 * where, and until when. Created through {@link #create}, rebuilt from storage through the canonical constructor;
 * both check the same invariants, and only {@link #renew} moves the expiry (and the version).
 */
public record Subscription(
        TenantId tenantId,
        SubscriptionId id,
        String resource,
        Set<SubscriptionChangeType> changeTypes,
        URI notificationUrl,
        Instant expirationDateTime,
        Optional<String> clientState,
        String applicationId,
        Optional<String> creatorId,
        long version) {

    /** The one resource Switchboard sends change notifications for. */
    public static final String CALL_RECORDS = "/communications/callRecords";

    /** Graph's maximum lifetime of a callRecords subscription. */
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(4230);

    /** Graph's limit on {@code clientState}. */
    public static final int MAX_CLIENT_STATE = 128;

    public Subscription {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(resource, "resource");
        changeTypes = Set.copyOf(Objects.requireNonNull(changeTypes, "changeTypes"));
        Objects.requireNonNull(notificationUrl, "notificationUrl");
        Objects.requireNonNull(expirationDateTime, "expirationDateTime");
        Objects.requireNonNull(clientState, "clientState");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(creatorId, "creatorId");
        if (!CALL_RECORDS.equals(resource)) {
            throw new IllegalArgumentException("a subscription is for " + CALL_RECORDS + ", not " + resource);
        }
        if (changeTypes.isEmpty()) {
            throw new IllegalArgumentException("a subscription needs at least one change type");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1, was " + version);
        }
    }

    /**
     * A new subscription at version 1, with every rule of creation checked against {@code now}.
     *
     * @throws InvalidInputException naming the offending field: an unsupported resource or change type, a
     *         notification URL that is not absolute http(s), an expiry in the past or beyond {@link #MAX_LIFETIME},
     *         an over-long clientState
     */
    public static Subscription create(TenantId tenantId, SubscriptionId id, String resource, String changeType,
                                      String notificationUrl, Instant expirationDateTime, String clientState,
                                      String applicationId, String creatorId, Instant now) {
        Set<SubscriptionChangeType> types = SubscriptionChangeType.parse(changeType);
        String canonicalResource = canonicalResource(resource);
        URI url = notificationUrl(notificationUrl);
        checkExpiry(expirationDateTime, now);
        if (clientState != null && clientState.length() > MAX_CLIENT_STATE) {
            throw InvalidInputException.of("clientState", "must be at most " + MAX_CLIENT_STATE + " characters");
        }
        return new Subscription(tenantId, id, canonicalResource, types, url,
                expirationDateTime.truncatedTo(ChronoUnit.MILLIS), Optional.ofNullable(clientState), applicationId,
                Optional.ofNullable(creatorId), 1);
    }

    /**
     * This subscription with a new expiry and the next version.
     *
     * @throws InvalidInputException naming {@code expirationDateTime} when it is past or too far ahead of {@code now}
     */
    public Subscription renew(Instant newExpiry, Instant now) {
        checkExpiry(newExpiry, now);
        return new Subscription(tenantId, id, resource, changeTypes, notificationUrl,
                newExpiry.truncatedTo(ChronoUnit.MILLIS), clientState, applicationId, creatorId, version + 1);
    }

    /** Whether a change of {@code type} at {@code now} is to be sent to this subscription. */
    public boolean wants(SubscriptionChangeType type, Instant now) {
        return changeTypes.contains(type) && expirationDateTime.isAfter(now);
    }

    public boolean hasExpiredAt(Instant now) {
        return !expirationDateTime.isAfter(now);
    }

    /** {@code "created"} or {@code "created,updated"}, as Graph writes it. */
    public String changeType() {
        return SubscriptionChangeType.format(EnumSet.copyOf(changeTypes));
    }

    private static String canonicalResource(String resource) {
        if (resource == null || resource.isBlank()) {
            throw InvalidInputException.of("resource", "must not be empty");
        }
        String path = resource.trim();
        String withSlash = path.startsWith("/") ? path : "/" + path;
        if (!CALL_RECORDS.equalsIgnoreCase(withSlash)) {
            throw InvalidInputException.of("resource",
                    "'" + resource + "' is not supported; only " + CALL_RECORDS + " can be subscribed to");
        }
        return CALL_RECORDS;
    }

    private static URI notificationUrl(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("notificationUrl", "must not be empty");
        }
        URI url;
        try {
            url = URI.create(text.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("notificationUrl", "is not a valid URL");
        }
        String scheme = url.getScheme();
        if (!url.isAbsolute() || url.getHost() == null
                || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw InvalidInputException.of("notificationUrl", "must be an absolute http or https URL");
        }
        return url;
    }

    private static void checkExpiry(Instant expiry, Instant now) {
        if (expiry == null) {
            throw InvalidInputException.of("expirationDateTime", "must not be empty");
        }
        if (!expiry.isAfter(now)) {
            throw InvalidInputException.of("expirationDateTime", "must be in the future");
        }
        if (expiry.isAfter(now.plus(MAX_LIFETIME))) {
            throw InvalidInputException.of("expirationDateTime",
                    "must be at most " + MAX_LIFETIME.toMinutes() + " minutes from now for callRecords");
        }
    }
}
