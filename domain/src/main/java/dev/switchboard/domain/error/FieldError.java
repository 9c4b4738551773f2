package dev.switchboard.domain.error;

import java.util.Objects;

/** One offending value: the JSON-style path to it ({@code info.endpointType}, {@code mediaStreams[0].sourceId}) and why. */
public record FieldError(String path, String message) {

    public FieldError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
