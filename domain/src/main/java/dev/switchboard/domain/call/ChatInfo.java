package dev.switchboard.domain.call;

import dev.switchboard.domain.common.Text;

/** Graph's {@code chatInfo}: the chat thread of a meeting the call joins. */
public record ChatInfo(String threadId, String messageId, String replyChainMessageId) {

    public ChatInfo {
        Text.atMost(threadId, Text.SHORT_MAX, "threadId");
        Text.atMost(messageId, Text.SHORT_MAX, "messageId");
        Text.atMost(replyChainMessageId, Text.SHORT_MAX, "replyChainMessageId");
    }
}
