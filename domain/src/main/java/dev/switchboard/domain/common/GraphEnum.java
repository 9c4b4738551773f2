package dev.switchboard.domain.common;

import java.util.Set;

/**
 * An enumeration of Graph's metadata. Members are emitted exactly as the CSDL spells them and parsed in
 * any casing through {@link GraphEnums#parse}.
 */
public interface GraphEnum {

    /** The member's name exactly as Graph's CSDL spells it, e.g. {@code NotStarted} or {@code videoBasedScreenSharing}. */
    String graphName();

    /** Other spellings accepted on input only (never emitted), e.g. the seeds' {@code unknown} modality. */
    default Set<String> inputAliases() {
        return Set.of();
    }
}
