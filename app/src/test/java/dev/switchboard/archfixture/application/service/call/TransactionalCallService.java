package dev.switchboard.archfixture.application.service.call;

import org.springframework.transaction.annotation.Transactional;

/**
 * Breaks "the core carries no framework": a transaction annotation in the core. Package-private, so it
 * keeps the rule that services are not public.
 */
class TransactionalCallService {

    @Transactional
    void hangUp(String callId) {
    }
}
