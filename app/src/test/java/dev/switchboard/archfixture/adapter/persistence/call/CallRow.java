package dev.switchboard.archfixture.adapter.persistence.call;

public record CallRow(String id, String tenantId, String state) {
}
