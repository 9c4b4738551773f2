package dev.switchboard.domain.error;

import java.util.Objects;

/** One offending value: the JSON-style path to it ({@code info.endpointType}, {@code mediaStreams[0].sourceId}) and why. */
public record FieldError(String path, String message) {

    public FieldError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** True when this error is about {@code path}, something inside it, or something it lies in. */
    public boolean concerns(String path) {
        return this.path.equals(path) || within(this.path, path) || within(path, this.path);
    }

    private static boolean within(String inner, String outer) {
        return outer.isEmpty() || inner.startsWith(outer + ".") || inner.startsWith(outer + "[");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
